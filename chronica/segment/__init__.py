"""Page segmentation and sentence splitting."""

from chronica.segment.pages import segment_page
from chronica.segment.sentences import split_sentences

__all__ = ["segment_page", "split_sentences"]
