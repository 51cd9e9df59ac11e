"""MHTML (.mht, .mhtml): a web page saved as one file — IE's and Word's "网页，单个文件", Chrome's "single file".

The file is a MIME message: the page is its root part (quoted-printable or base64, with a charset), the pictures
and styles are the other parts. The page's HTML is taken out and read as any saved page is (engine.ingest.html).
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from engine.ingest.html import decode_html
from engine.ingest.text import plausible_chinese
from engine.model import InputError

# a MIME part's charset → the codec a page's <meta charset> would get (engine.ingest.html); others: detection
_CHARSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "big5": "big5",
             "big5-hkscs": "big5hkscs", "utf-8": "utf_8"}


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
    declared = _CHARSETS.get((root.get_content_charset() or "").lower())
    if declared and declared != "utf_8":  # the part's own charset first, as a server's header would be
        try:
            text = body.decode(declared)
        except UnicodeDecodeError:
            text = ""
        if plausible_chinese(text):
            return text, declared, body
    text, encoding = decode_html(body, source)
    return text, encoding, body
