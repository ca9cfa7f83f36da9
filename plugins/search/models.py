"""What the search plugin stores: the text analysis each index was built with."""

from django.db import models


class IndexAnalysis(models.Model):
    """The analysis (``languages.analysis_fingerprint``) that a search
    backend's index was last built with; an index built with another must be
    rebuilt (``plugins.search.reindexing``)."""

    backend = models.CharField(max_length=100, unique=True)
    fingerprint = models.CharField(max_length=64)
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "index analyses"

    def __str__(self):
        return f"{self.backend}: {self.fingerprint}"
