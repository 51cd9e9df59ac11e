"""xxgk: score information-disclosure annual reports against the law.

Stages, each a package or module, data flowing one way:
ingest → parse → derive → rules → scoring → render.
"""

__version__ = "0.1.0"

from engine import patterns

patterns.install()  # before any module compiles its patterns: made from the build's kept code (engine/patterns.py)
