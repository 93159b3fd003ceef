"""Lookup tables as a fresh site needs them; editors extend them in the admin."""

from django.db import migrations

# 厚生労働省編職業分類 (2022 revision): the 15 top-level groups, with their codes.
JOB_CATEGORIES = [
    ("01", "management", "管理的職業"),
    ("02", "research-technology", "研究・技術の職業"),
    ("03", "legal-business-culture", "法務・経営・文化芸術等の専門的職業"),
    ("04", "medical-nursing-health", "医療・看護・保健の職業"),
    ("05", "childcare-education", "保育・教育の職業"),
    ("06", "clerical", "事務的職業"),
    ("07", "sales", "販売・営業の職業"),
    ("08", "welfare-care", "福祉・介護の職業"),
    ("09", "service", "サービスの職業"),
    ("10", "security", "警備・保安の職業"),
    ("11", "agriculture-forestry-fishery", "農林漁業の職業"),
    ("12", "manufacturing-repair", "製造・修理・塗装・製図等の職業"),
    ("13", "transport-machine-operation", "配送・輸送・機械運転の職業"),
    ("14", "construction-civil-electrical", "建設・土木・電気工事の職業"),
    ("15", "carrying-cleaning-packing", "運搬・清掃・包装・選別等の職業"),
]

# Each with the schema.org employmentType search engines understand.
EMPLOYMENT_TYPES = [
    ("full-time", "正社員", "FULL_TIME"),
    ("contract", "契約社員", "FULL_TIME"),
    ("part-time", "パート・アルバイト", "PART_TIME"),
    ("contractor", "業務委託", "CONTRACTOR"),
    ("seasonal", "季節・短期", "TEMPORARY"),
    ("regional-revitalization", "地域おこし協力隊", "CONTRACTOR"),
    ("dispatch", "派遣", "TEMPORARY"),
    ("internship", "インターン", "INTERN"),
]

# Districts of Himi as residents name them, grouped by the old villages, and one for
# everywhere else. Editors adjust the list in the admin.
AREAS = [
    ("central", "氷見市街地（比美町・中央町・本町周辺）", True),
    ("kubo-asahigaoka", "窪・朝日丘", True),
    ("shimao-yanagida", "島尾・柳田", True),
    ("ao-uwa", "阿尾・宇波（灘浦）", True),
    ("mera", "女良・脇方", True),
    ("kamisho-kumanashi", "上庄・熊無", True),
    ("yokawa-yashiro", "余川・八代", True),
    ("goishi-busshoji", "碁石・仏生寺", True),
    ("junicho-fuse", "十二町・布勢", True),
    ("koshiro-inazumi", "神代・稲積", True),
    ("miyata-kano", "宮田・加納", True),
    ("kume-hayakawa", "久目・速川", True),
    ("outside-himi", "氷見市外", False),
]

WELCOME_TAGS = [
    ("no-experience", "未経験歓迎"),
    ("newcomers", "移住者歓迎"),
    ("housing", "住宅支援あり"),
    ("seniors", "シニア歓迎"),
    ("parents", "子育て中歓迎"),
    ("side-job", "副業OK"),
    ("foreign-nationals", "外国籍の方歓迎"),
    ("car-commute", "車通勤可"),
    ("short-hours", "短時間勤務OK"),
    ("students", "学生歓迎"),
]


def seed(apps, schema_editor):
    JobCategory = apps.get_model("listings", "JobCategory")
    EmploymentType = apps.get_model("listings", "EmploymentType")
    Area = apps.get_model("listings", "Area")
    WelcomeTag = apps.get_model("listings", "WelcomeTag")
    for order, (code, slug, name) in enumerate(JOB_CATEGORIES):
        JobCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "code": code, "sort_order": order}
        )
    for order, (slug, name, google_type) in enumerate(EMPLOYMENT_TYPES):
        EmploymentType.objects.get_or_create(
            slug=slug, defaults={"name": name, "google_type": google_type, "sort_order": order}
        )
    for order, (slug, name, in_himi) in enumerate(AREAS):
        Area.objects.get_or_create(
            slug=slug, defaults={"name": name, "in_himi": in_himi, "sort_order": order}
        )
    for order, (slug, name) in enumerate(WELCOME_TAGS):
        WelcomeTag.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("listings", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
