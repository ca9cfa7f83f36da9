import django.db.models.deletion
import django.db.models.functions.text
import uuid

import swapper
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='ReadingLevel',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='reading_level', serialize=False, to=swapper.get_model_name('wagtailcore', 'Page'), verbose_name='page')),
                ('language_code', models.CharField(max_length=20, verbose_name='language')),
                ('measure', models.CharField(max_length=40, verbose_name='measure')),
                ('score', models.FloatField(verbose_name='score')),
                ('grade', models.FloatField(verbose_name='grade')),
                ('words', models.PositiveIntegerField(verbose_name='words')),
                ('measured_at', models.DateTimeField(auto_now=True, verbose_name='measured')),
            ],
            options={
                'verbose_name': 'reading level',
                'verbose_name_plural': 'reading levels',
            },
        ),
        migrations.CreateModel(
            name='GlossaryTerm',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('term', models.CharField(help_text="As it appears in the text, for example 'ALPR' or 'hotlist'.", max_length=100, verbose_name='term')),
                ('explanation', models.TextField(help_text="One or two short sentences a resident understands, for example 'A camera that reads license plates.'", max_length=500, verbose_name='plain explanation')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'glossary term',
                'verbose_name_plural': 'glossary',
                'ordering': ['term'],
                'abstract': False,
                'constraints': [models.UniqueConstraint(models.F('locale'), django.db.models.functions.text.Lower('term'), name='unique_glossary_term_per_locale')],
                'unique_together': {('translation_key', 'locale')},
            },
        ),
    ]
