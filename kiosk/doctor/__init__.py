"""``kiosk doctor``: is this terminal healthy? One function per check, one report.

Each ``check_*`` function looks at one thing and returns a :class:`CheckResult`: ``ok``,
``warning`` (works, but an admin should look) or ``problem`` (something a citizen or the
sync will notice), with a plain German and English message and a hint what to do. Everything
a check depends on that a test must control (the clock, the disk thresholds, the printers
and speech engines Qt sees, the HTTP session) is a parameter; :func:`run_checks` fills in the
real ones.

:func:`run_doctor` prints a table (German, or English with ``language="en"``) or one JSON document
for monitoring, and returns the exit code: 0 when no check found a problem (warnings alone
are fine), 1 otherwise. The doctor never changes anything: the database is opened read-only,
the only write is a probe file in the data dir that is removed at once.

The package: :mod:`~kiosk.doctor.result` (what a check returns),
:mod:`~kiosk.doctor.local_checks` (config, data dir, database, disk),
:mod:`~kiosk.doctor.server_checks` (server and TLS, clock, enrolment),
:mod:`~kiosk.doctor.device_checks` (printer, speech), :mod:`~kiosk.doctor.report` (running
them all, table and JSON).
"""

from kiosk.doctor.device_checks import (
    Printers,
    SpeechEngines,
    available_printers,
    available_speech_engines,
    check_printer,
    check_speech,
)
from kiosk.doctor.local_checks import (
    DiskThresholds,
    check_config,
    check_data_dir,
    check_database,
    check_disk,
)
from kiosk.doctor.report import DoctorEnvironment, Report, format_table, run_checks, run_doctor
from kiosk.doctor.result import TITLES, CheckResult, Status, Text, worst
from kiosk.doctor.server_checks import (
    RELEASE_DATE,
    ServerProbe,
    check_clock,
    check_enrolment,
    check_server,
    probe_server,
)

__all__ = [
    "RELEASE_DATE",
    "TITLES",
    "CheckResult",
    "DiskThresholds",
    "DoctorEnvironment",
    "Printers",
    "Report",
    "ServerProbe",
    "SpeechEngines",
    "Status",
    "Text",
    "available_printers",
    "available_speech_engines",
    "check_clock",
    "check_config",
    "check_data_dir",
    "check_database",
    "check_disk",
    "check_enrolment",
    "check_printer",
    "check_server",
    "check_speech",
    "format_table",
    "probe_server",
    "run_checks",
    "run_doctor",
    "worst",
]
