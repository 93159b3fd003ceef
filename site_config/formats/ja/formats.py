"""Japanese date formats as a person writes them: 2027年1月31日, no zero padding.

Django's own ja formats write short dates as 2027/01/31 and run the time into the date
(2027年1月31日9:05); readers here expect the written form everywhere, so every named
format is spelled out. Templates and Python use these names ("DATE_FORMAT",
"MONTH_DAY_FORMAT", ...), never a pattern of their own. Input formats are left to the
settings: the forms accept more ways of typing a date than they print.
"""

DATE_FORMAT = "Y年n月j日"
DATETIME_FORMAT = "Y年n月j日 G:i"
TIME_FORMAT = "G:i"
YEAR_MONTH_FORMAT = "Y年n月"
MONTH_DAY_FORMAT = "n月j日"
# The public site has no place for a numeric short date: the short forms read the same.
SHORT_DATE_FORMAT = "Y年n月j日"
SHORT_DATETIME_FORMAT = "Y年n月j日 G:i"
