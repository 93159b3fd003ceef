"""Status changes of succession inquiries move into Wagtail's audit log
(wagtailcore.ModelLogEntry, action "himi.status", as for home's inbound records), then
InquiryStatusChange goes.

Frozen literals and historical models only, so later code cannot change a fresh `migrate`.
Reversible: going back copies the entries into InquiryStatusChange again."""

from django.db import migrations

ACTION = "himi.status"


def inquiry_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Created here if missing: `migrate` makes content types only after the last migration.
    content_type, _ = ContentType.objects.get_or_create(
        app_label="succession", model="successioninquiry"
    )
    return content_type


def to_audit_log(apps, schema_editor):
    Change = apps.get_model("succession", "InquiryStatusChange")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    changes = Change.objects.select_related("inquiry__story").order_by("pk")
    if not changes.exists():
        return
    content_type = inquiry_type(apps)
    LogEntry.objects.bulk_create(
        [
            LogEntry(
                content_type=content_type,
                object_id=str(change.inquiry_id),
                label=f"{change.inquiry.story.title} — {change.inquiry.name}",
                action=ACTION,
                data={"old": change.old_status, "new": change.new_status, "note": change.note},
                timestamp=change.changed_at,
                user_id=change.changed_by_id,
            )
            for change in changes
        ],
        batch_size=500,
    )


def from_audit_log(apps, schema_editor):
    Change = apps.get_model("succession", "InquiryStatusChange")
    Inquiry = apps.get_model("succession", "SuccessionInquiry")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    entries = LogEntry.objects.filter(
        action=ACTION, content_type__app_label="succession", content_type__model="successioninquiry"
    )
    existing = set(Inquiry.objects.values_list("pk", flat=True))
    Change.objects.bulk_create(
        [
            Change(
                inquiry_id=int(entry.object_id),
                old_status=entry.data.get("old", ""),
                new_status=entry.data.get("new", ""),
                note=entry.data.get("note", ""),
                changed_at=entry.timestamp,
                changed_by_id=entry.user_id,
            )
            for entry in entries.order_by("timestamp", "pk")
            if int(entry.object_id) in existing
        ],
        batch_size=500,
    )
    entries.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("succession", "0003_body_label"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(to_audit_log, from_audit_log),
        migrations.DeleteModel(name="InquiryStatusChange"),
    ]
