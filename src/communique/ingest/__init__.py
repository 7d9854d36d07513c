"""communique.ingest — read documents from files, directories, archives, standard input and URLs.

One reader per format behind one interface (``Reader``: a binary stream and a ``ReadContext`` in,
``RawDocument``s and ``InputError``s out). Formats: plain text/Markdown, HTML, JSON Lines, JSON,
CSV/TSV, RSS/Atom, WARC; gzip and zip containers of any of them. See docs/stages.md.
"""

from communique.ingest._context import DocumentDefaults, ReadContext, Reader
from communique.ingest._detect import FORMATS
from communique.ingest._markup import Extracted, extract_html
from communique.ingest._read import read_documents

__all__ = [
    "FORMATS",
    "DocumentDefaults",
    "Extracted",
    "ReadContext",
    "Reader",
    "extract_html",
    "read_documents",
]
