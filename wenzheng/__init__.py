"""wenzheng (问政): question answering and fact-checking over government work reports."""

__version__ = "0.1.0"
