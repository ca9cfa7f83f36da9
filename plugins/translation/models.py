from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class TranslatorRole(models.Model):
    """Marks a group as the translators of one locale.

    Members may edit that locale's pages and snippets and nothing else; the
    mapping survives renaming the group.
    """

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="translator_role"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="translator_roles"
    )

    class Meta:
        verbose_name = _("translator role")

    def __str__(self):
        return f"{self.group.name} → {self.locale.language_code}"


class AuthoritativeLanguage(models.Model):
    """Which language version of a page is the official one, when it is not the
    site-wide CMS_AUTHORITATIVE_LOCALE. Keyed by the page's translation key, so
    one row covers the page in every language."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("Any language version of the page: the choice covers all of them."),
    )
    translation_key = models.UUIDField(unique=True, editable=False)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("official language"),
        help_text=_(
            "Residents are told that this language version is the official one."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("locale")]

    class Meta:
        verbose_name = _("official language of a page")
        verbose_name_plural = _("official languages of pages")

    def __str__(self):
        return f"{self.page.title}: {self.locale.get_display_name()}"

    def save(self, *args, **kwargs):
        self.translation_key = self.page.translation_key
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.page_id is None:
            return
        taken = AuthoritativeLanguage.objects.filter(
            translation_key=self.page.translation_key
        ).exclude(pk=self.pk)
        if taken.exists():
            raise ValidationError(
                {
                    "page": _(
                        "Another language version of this page already has its "
                        "official language set: edit that entry instead."
                    )
                }
            )
