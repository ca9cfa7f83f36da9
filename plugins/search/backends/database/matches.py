"""The search API's hook into the database backends."""

SCORE = "_search_score"


class DatabaseMatches:
    """Every match of a search, with its score, in as few queries as the
    database allows."""

    def matching_queryset(self, results, score_field):
        """All matches of ``results``, annotated with ``score_field``."""
        compiler = results.query_compiler
        return compiler.search(
            compiler.get_config(self), None, None, score_field=score_field
        )

    def read_index_entries(self):
        """What the backend's index rows stand for, for a caller to hold
        between searches and pass back as ``index_entries``; None when it has
        no use for it."""
        return None

    def match_scores(self, results, memo=None, index_entries=None):
        """{pk: relevance} of every match of ``results``, higher is better
        (``relevance``). ``memo`` lets a backend share work between the models
        of one search; ``index_entries`` is what ``read_index_entries`` read."""
        matches = self.matching_queryset(results, SCORE)
        return {
            pk: self.relevance(score)
            for pk, score in matches.order_by().values_list("pk", SCORE)
        }

    def relevance(self, score):
        """A score where higher is better."""
        return score or 0.0
