"""Status changes of supporters and correction requests move into Wagtail's audit log
(wagtailcore.ModelLogEntry, action "himi.status"), then StatusChange goes.

Frozen literals and historical models only, so later code cannot change a fresh `migrate`.
Reversible: going back copies the entries into StatusChange again."""

from django.db import migrations

ACTION = "himi.status"
# The field that names each kind of record in a log entry's label.
LABEL_FIELDS = {"supporter": "name", "correctionrequest": "target_title"}


def to_audit_log(apps, schema_editor):
    StatusChange = apps.get_model("home", "StatusChange")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    labels = {}
    for model_name, field in LABEL_FIELDS.items():
        model = apps.get_model("home", model_name)
        labels[model_name] = dict(model.objects.values_list("pk", field))
    entries = [
        LogEntry(
            content_type_id=change.content_type_id,
            object_id=str(change.object_id),
            label=labels.get(change.content_type.model, {}).get(change.object_id)
            or f"{change.content_type.model} {change.object_id}",
            action=ACTION,
            data={"old": change.old_status, "new": change.new_status, "note": change.note},
            timestamp=change.changed_at,
            user_id=change.changed_by_id,
        )
        for change in StatusChange.objects.select_related("content_type").order_by("pk")
    ]
    LogEntry.objects.bulk_create(entries, batch_size=500)


def from_audit_log(apps, schema_editor):
    StatusChange = apps.get_model("home", "StatusChange")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    entries = LogEntry.objects.filter(
        action=ACTION, content_type__app_label="home", content_type__model__in=list(LABEL_FIELDS)
    )
    StatusChange.objects.bulk_create(
        [
            StatusChange(
                content_type_id=entry.content_type_id,
                object_id=int(entry.object_id),
                old_status=entry.data.get("old", ""),
                new_status=entry.data.get("new", ""),
                note=entry.data.get("note", ""),
                changed_at=entry.timestamp,
                changed_by_id=entry.user_id,
            )
            for entry in entries.order_by("timestamp", "pk")
        ],
        batch_size=500,
    )
    entries.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_person_drafts_and_review"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(to_audit_log, from_audit_log),
        migrations.RemoveIndex(model_name="statuschange", name="home_status_content_0bfeb3_idx"),
        migrations.DeleteModel(name="StatusChange"),
    ]
