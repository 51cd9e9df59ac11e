"""xxgk: score information-disclosure annual reports against the law.

Stages, each a package or module, data flowing one way:
ingest → parse → derive → rules → scoring → render.
"""

__version__ = "0.1.0"
