from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]

    operations = [
        migrations.AddIndex(
            model_name="pressreleasepage",
            index=models.Index(
                models.OrderBy(models.F("date"), descending=True),
                models.OrderBy(models.F("page_ptr"), descending=True),
                name="news_release_newest_first",
            ),
        ),
    ]
