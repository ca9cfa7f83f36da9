"""Policy versions outlive their page, and withdrawals are recorded.

Versions used to be deleted with their page (on_delete=CASCADE). Now the link
is cleared instead, so each version names its policy itself (page id,
translation key, locale, slug, number; the title it had already), filled
here from the pages of the versions there are.
"""

import django.db.models.deletion
from django.db import migrations, models


def describe_existing_versions(apps, schema_editor):
    PolicyVersion = apps.get_model("trust_policies", "PolicyVersion")
    PolicyPage = apps.get_model("trust_policies", "PolicyPage")
    Page = apps.get_model("wagtailcore", "Page")
    policy_ids = set(PolicyVersion.objects.values_list("policy_id", flat=True))
    numbers = dict(
        PolicyPage.objects.filter(pk__in=policy_ids).values_list("pk", "policy_number")
    )
    pages = {
        pk: (translation_key, locale_id, slug)
        for pk, translation_key, locale_id, slug in Page.objects.filter(
            pk__in=policy_ids
        ).values_list("pk", "translation_key", "locale_id", "slug")
    }
    for policy_id in policy_ids:
        translation_key, locale_id, slug = pages[policy_id]
        PolicyVersion.objects.filter(policy_id=policy_id).update(
            page_id=policy_id,
            translation_key=translation_key,
            locale_id=locale_id,
            slug=slug,
            policy_number=numbers[policy_id],
        )


class Migration(migrations.Migration):
    dependencies = [
        (
            "trust_policies",
            "0003_policypage_change_note_policypage_version_kind_and_more",
        ),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="policyversion", name="unique_policy_version_label"
        ),
        migrations.AlterModelOptions(
            name="policyversion",
            options={
                "ordering": ["page_id", "-published_at", "-pk"],
                "verbose_name": "policy version",
            },
        ),
        migrations.AlterField(
            model_name="policyversion",
            name="policy",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="versions",
                to="trust_policies.policypage",
            ),
        ),
        migrations.AddField(
            model_name="policyversion",
            name="page_id",
            field=models.PositiveIntegerField(
                db_index=True, null=True, verbose_name="page id"
            ),
        ),
        migrations.AddField(
            model_name="policyversion",
            name="translation_key",
            field=models.UUIDField(
                db_index=True, null=True, verbose_name="translation key"
            ),
        ),
        migrations.AddField(
            model_name="policyversion",
            name="locale",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name="policyversion",
            name="slug",
            field=models.SlugField(
                allow_unicode=True, default="", max_length=255, verbose_name="slug"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="policyversion",
            name="policy_number",
            field=models.CharField(
                default="", max_length=30, verbose_name="policy number"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(describe_existing_versions, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="policyversion",
            name="page_id",
            field=models.PositiveIntegerField(db_index=True, verbose_name="page id"),
        ),
        migrations.AlterField(
            model_name="policyversion",
            name="translation_key",
            field=models.UUIDField(db_index=True, verbose_name="translation key"),
        ),
        migrations.AlterField(
            model_name="policyversion",
            name="locale",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddConstraint(
            model_name="policyversion",
            constraint=models.UniqueConstraint(
                fields=("page_id", "label"), name="unique_policy_version_label"
            ),
        ),
        migrations.CreateModel(
            name="PolicyWithdrawal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "page_id",
                    models.PositiveIntegerField(db_index=True, verbose_name="page id"),
                ),
                (
                    "translation_key",
                    models.UUIDField(db_index=True, verbose_name="translation key"),
                ),
                (
                    "slug",
                    models.SlugField(
                        allow_unicode=True, max_length=255, verbose_name="slug"
                    ),
                ),
                (
                    "policy_number",
                    models.CharField(max_length=30, verbose_name="policy number"),
                ),
                ("title", models.CharField(max_length=255, verbose_name="title")),
                (
                    "reason",
                    models.CharField(
                        choices=[
                            ("unpublished", "unpublished"),
                            ("expired", "expired"),
                            ("deleted", "deleted"),
                        ],
                        max_length=12,
                        verbose_name="reason",
                    ),
                ),
                ("withdrawn_at", models.DateTimeField(verbose_name="withdrawn")),
                ("public", models.BooleanField(verbose_name="public when withdrawn")),
                ("url_path", models.TextField(verbose_name="URL path")),
                (
                    "locale",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                    ),
                ),
                (
                    "policy",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="withdrawals",
                        to="trust_policies.policypage",
                    ),
                ),
                (
                    "version",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="withdrawals",
                        to="trust_policies.policyversion",
                    ),
                ),
            ],
            options={
                "verbose_name": "policy withdrawal",
                "ordering": ["page_id", "-withdrawn_at", "-pk"],
            },
        ),
    ]
