"""Background work of the search: the word list follows what readers can see.

Publishing, unpublishing, deleting, moving a page or changing a view
restriction queues ``refresh_word_list`` for the pages concerned; the worker
(or, in development and tests, the immediate backend) brings the word list
up to date. A search only reads the list; it never rebuilds it.
"""

from django_tasks import task


@task()
def refresh_word_list(page_ids):
    """Takes the words of these pages into the word list, or back out of it."""
    from . import word_list

    word_list.refresh(page_ids)


def _queue(page_ids):
    page_ids = sorted({int(pk) for pk in page_ids if pk is not None})
    if page_ids:
        refresh_word_list.enqueue(page_ids)


def _subtree(page):
    from wagtail.models import Page

    return Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)


def page_changed(sender, instance, **kwargs):
    _queue([instance.pk])


def page_moved(sender, instance, **kwargs):
    _queue(_subtree(instance))


def restriction_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _queue(_subtree(page))


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "weltoffen-word-list"
    page_published.connect(page_changed, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(page_changed, dispatch_uid=f"{uid}-unpublished")
    post_delete.connect(page_changed, sender=Page, dispatch_uid=f"{uid}-deleted")
    post_page_move.connect(page_moved, dispatch_uid=f"{uid}-moved")
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-r1")
    post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-r2")
