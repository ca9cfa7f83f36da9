import swapper
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import TranslatableField


class GlossaryTerm(TranslatableMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A word residents may not know and its plain explanation, in one
    language. Like the FAQs, a term is drafted and published, and translated
    with wagtail-localize. The jargon check uses the live terms of a page's
    language; the API serves them so the site can show definitions."""

    term = models.CharField(
        _("term"),
        max_length=100,
        help_text=_("As it appears in the text, for example 'ALPR' or 'hotlist'."),
    )
    explanation = models.TextField(
        _("plain explanation"),
        max_length=500,
        help_text=_(
            "One or two short sentences a resident understands, for example "
            "'A camera that reads license plates.'"
        ),
    )

    translatable_fields = [TranslatableField("term"), TranslatableField("explanation")]

    panels = [FieldPanel("term"), FieldPanel("explanation")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                "locale", Lower("term"), name="unique_glossary_term_per_locale"
            )
        ]

    def __str__(self):
        return self.term

    def clean(self):
        # The form leaves the locale out, so the constraint is checked here,
        # as a message on the field, rather than failing on save.
        super().clean()
        if self.locale_id is None or not self.term:
            return
        same = GlossaryTerm.objects.filter(
            locale_id=self.locale_id, term__iexact=self.term.strip()
        ).exclude(pk=self.pk)
        if same.exists():
            raise ValidationError(
                {"term": _("The glossary of this language already has this term.")}
            )


class ReadingLevel(models.Model):
    """A page's reading level, measured when it was last published, so that
    the API and the report read it instead of measuring text per request."""

    page = models.OneToOneField(
        swapper.get_model_name("wagtailcore", "Page"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="reading_level",
        verbose_name=_("page"),
    )
    language_code = models.CharField(_("language"), max_length=20)
    measure = models.CharField(_("measure"), max_length=40)
    score = models.FloatField(_("score"))
    grade = models.FloatField(_("grade"))
    words = models.PositiveIntegerField(_("words"))
    measured_at = models.DateTimeField(_("measured"), auto_now=True)

    class Meta:
        verbose_name = _("reading level")
        verbose_name_plural = _("reading levels")

    def __str__(self):
        return f"{self.page_id}: {self.grade}"

    @property
    def page_type(self):
        return self.page.specific_class._meta.verbose_name

    @property
    def measure_label(self):
        from plugins.plainlanguage.measures import MEASURES

        labels = {measure.code: measure.label for measure in MEASURES.values()}
        return labels.get(self.measure, self.measure)

    @property
    def target(self):
        from plugins.plainlanguage.conf import target_grade

        return target_grade()
