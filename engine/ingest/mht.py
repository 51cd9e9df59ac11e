"""MHTML (.mht, .mhtml): a web page saved as one file — IE's and Word's "网页，单个文件", Chrome's "single file".

The file is a MIME message: the page is its root part (quoted-printable or base64, with a charset), the pictures
and styles are the other parts. The page's HTML is taken out and read as any saved page is (engine.ingest.html).
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from engine.ingest.html import decode_html
from engine.model import InputError


def page(data: bytes, source: str) -> tuple[str, str, bytes]:
    """The saved page's HTML as text, its encoding and its bytes; InputError when the file holds no page."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        root = message.get_body(preferencelist=("html",)) if isinstance(message, EmailMessage) else None
        body = root.get_payload(decode=True) if root is not None else None
    except RecursionError:  # parts nested thousands deep: no browser writes that
        raise InputError(f"{source}：这个 .mht 文件的结构已损坏（分段嵌套过深）；请用浏览器打开原网页，"
                         "另存为 .html 或打印为 PDF 后再评分。") from None
    if root is None or not isinstance(body, bytes) or not body.strip():
        raise InputError(f"{source}：没有在这个 .mht 文件中找到网页（它应是浏览器或 Word 以“单个文件”保存的网页）；"
                         "请用浏览器打开原网页，另存为 .html 或打印为 PDF 后再评分。")
    text, encoding = decode_html(body, source, root.get_content_charset())
    return text, encoding, body
