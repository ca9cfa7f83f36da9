"""Tip resources: links to other pages or to outside help."""

from plugins.tips.blocks import ExternalResourceBlock


class TestExternalResourceBlock:
    block = ExternalResourceBlock()

    def test_accepts_a_titled_link(self):
        value = self.block.clean(
            self.block.to_python(
                {"title": "Report fraud", "url": "https://reportfraud.ftc.gov/"}
            )
        )
        assert value["url"] == "https://reportfraud.ftc.gov/"

    def test_refuses_something_that_is_not_a_link(self, block_errors):
        errors = block_errors(self.block, {"title": "Help", "url": "call the FTC"})
        assert errors == {"blockErrors": {"url": {"messages": ["Enter a valid URL."]}}}

    def test_requires_a_title(self, block_errors):
        errors = block_errors(self.block, {"title": "", "url": "https://ftc.gov/"})
        assert errors == {
            "blockErrors": {"title": {"messages": ["This field is required."]}}
        }
