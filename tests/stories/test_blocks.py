"""Media coverage of a story: outlet, headline and link."""

from plugins.stories.models import MediaCoverageBlock

REQUIRED = {"messages": ["This field is required."]}


class TestMediaCoverageBlock:
    block = MediaCoverageBlock()

    def test_accepts_an_article(self):
        value = self.block.clean(
            self.block.to_python(
                {
                    "outlet": "Riverside Ledger",
                    "title": "Bikes come home",
                    "url": "https://ledger.example/bikes",
                    "date": None,
                }
            )
        )
        assert value["outlet"] == "Riverside Ledger"

    def test_requires_outlet_headline_and_link(self, block_errors):
        errors = block_errors(self.block, {"date": "2026-05-03"})
        assert errors == {
            "blockErrors": {"outlet": REQUIRED, "title": REQUIRED, "url": REQUIRED}
        }
