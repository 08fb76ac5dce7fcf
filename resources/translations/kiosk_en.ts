<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="+68"/>
        <source>Telefon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausgedruckt am Dorfkiosk, {date}</source>
        <translation>Printed at the village kiosk, {date}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hier ist leider kein Drucker angeschlossen. Scannen Sie den QR-Code mit Ihrem Handy oder fragen Sie im Dorfbüro nach einem Ausdruck.</source>
        <translation>Sorry, there is no printer here. Scan the QR code with your phone or ask at the village office for a printout.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Drucker meldet einen Fehler. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>The printer reports an error. Please ask at the village office.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/printout.py" line="+24"/>
        <source>Buchungscode</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wofür</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="+143"/>
        <source>Uhr</source>
        <translation>o&apos;clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="+63"/>
        <source>Hier ist kein Drucker eingerichtet.</source>
        <translation>No printer is set up here.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="+41"/>
        <source>{amount} €</source>
        <translation>€{amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betrag unterschiedlich</source>
        <translation>Amount varies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostenlos</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Jetzt geöffnet</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jetzt geöffnet bis {time} Uhr</source>
        <translation>Open now until {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jetzt geschlossen – öffnet heute um {time} Uhr</source>
        <translation>Closed now – opens today at {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jetzt geschlossen – öffnet morgen um {time} Uhr</source>
        <translation>Closed now – opens tomorrow at {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt geschlossen – öffnet am {weekday} um {time} Uhr</source>
        <translation>Closed now – opens on {weekday} at {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jetzt geschlossen – öffnet am {date} um {time} Uhr</source>
        <translation>Closed now – opens on {date} at {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="-33"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Drucker meldet einen Fehler.</source>
        <translation>The printer reports an error.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-120"/>
        <source>erwartet</source>
        <translation>expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angekommen</source>
        <translation>arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an anderem Terminal gebucht)</source>
        <translation>(booked at another terminal)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Terminkonflikt</source>
        <translation>Appointment conflict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termin nicht übernommen</source>
        <translation>Appointment not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie neu („Neu buchen“), senden Sie erneut oder legen Sie ab.</source>
        <translation>Book again (&quot;Book again&quot;), resend or file it away.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eingabe nicht übernommen</source>
        <translation>Entry not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Eingabe ist beim Server nicht angekommen. Erneut senden oder ablegen.</source>
        <translation>The entry did not reach the server. Resend or file it away.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sperre nicht übernommen</source>
        <translation>Block not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sperre gilt nur an diesem Terminal. Erneut senden oder neu anlegen.</source>
        <translation>The block only applies at this terminal. Resend or create it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintrag nicht übernommen</source>
        <translation>Entry not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden oder mit Notiz ablegen.</source>
        <translation>Resend or file it away with a note.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Server hat den Eintrag abgelehnt.</source>
        <translation>The server rejected the entry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrifft den Termin von {who}.</source>
        <translation>Concerns the appointment of {who}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keiner</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server hat nicht rechtzeitig geantwortet.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Verbindung zum Server (Netz oder Server nicht erreichbar).</source>
        <translation>No connection to the server (network or server unreachable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server kennt dieses Terminal nicht mehr. Bitte IT anrufen (neu anmelden).</source>
        <translation>The server no longer knows this terminal. Please call IT (enrol again).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server hatte einen Fehler. Es wird später erneut versucht.</source>
        <translation>The server had an error. It will be tried again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine unerwartete Antwort kam zurück (z. B. WLAN-Anmeldeseite).</source>
        <translation>An unexpected answer came back (e.g. a Wi-Fi login page).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übertragung fehlgeschlagen. Es wird später erneut versucht.</source>
        <translation>Transfer failed. It will be tried again later.</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="+124"/>
        <source>Barrierefreiheit</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So können Sie den Kiosk leichter bedienen.</source>
        <translation>This makes the kiosk easier to use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schriftgröße</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Texte werden größer.</source>
        <translation>All texts get larger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Groß</source>
        <translation>Large</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sehr groß</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwarze Schrift auf Weiß, gut lesbar bei schwachen Augen.</source>
        <translation>Black text on white, easy to read with weak eyesight.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoher Kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorlesen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Kiosk liest jede Seite vor. Die Taste „Vorlesen“ oben liest sie noch einmal.</source>
        <translation>The kiosk reads every page aloud. The &quot;Read aloud&quot; button reads it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Aus</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>An</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Diese Seite jetzt vorlesen</source>
        <translation>Read this page aloud now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Kiosk liest diese Seite einmal laut vor.</source>
        <translation>The kiosk reads this page aloud once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedienung im Sitzen</source>
        <translation>Seated use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Tasten rücken in den unteren Teil des Bildschirms, gut erreichbar aus dem Rollstuhl.</source>
        <translation>All buttons move to the lower part of the screen, easy to reach from a wheelchair.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diese Einstellungen gelten, bis Sie auf „Fertig“ tippen oder der Kiosk von vorn beginnt.</source>
        <translation>These settings apply until you tap &quot;Done&quot; or the kiosk starts over.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/admin_page.py" line="+86"/>
        <source>Verwaltung dieses Terminals</source>
        <translation>Terminal administration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wartezeit bis zum Neustart</source>
        <translation>Waiting time before restart</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+52"/>
        <source>%n Sekunden</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+13"/>
        <source>Standardsprache</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Drucker</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Standarddrucker des Systems</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit, bis der Kiosk neu beginnt</source>
        <translation>Waiting time before the kiosk starts over</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>So lange ohne Berührung, bis der Kiosk für die nächste Person neu beginnt</source>
        <translation>How long without a touch before the kiosk starts over for the next person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dieser Sprache beginnt jeder Besuch</source>
        <translation>Every visit starts in this language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hier kommen Termin-Zettel und Listen heraus</source>
        <translation>Appointment slips and lists are printed here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichert Wartezeit, Sprache und Drucker</source>
        <translation>Saves the waiting time, language and printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kioskmodus für Wartung verlassen</source>
        <translation>Leave kiosk mode for maintenance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Macht aus dem Kiosk ein normales Fenster; wird protokolliert</source>
        <translation>Turns the kiosk into a normal window; this is logged</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gespeichert. Die Wartezeit gilt sofort.</source>
        <translation>Saved. The waiting time applies immediately.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kioskmodus verlassen</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kioskmodus verlassen (protokolliert).</source>
        <translation>Leave kiosk mode (logged).</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+58"/>
        <source>Antwort abwählen</source>
        <translation>Deselect this answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort auswählen</source>
        <translation>Select this answer</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+53"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/context.py" line="+104"/>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+21"/>
        <source>vorläufig</source>
        <translation>provisional</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/appointments_page.py" line="+129"/>
        <location line="+105"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Zeigt die Termine von heute</source>
        <translation>Shows today&apos;s appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt einen Tag; mit den Pfeilen blättern</source>
        <translation>Shows one day; use the arrows to move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation type="vanished">Back</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation type="vanished">Next</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt eine Woche; mit den Pfeilen blättern</source>
        <translation>Shows one week; use the arrows to move</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Buchungscode</source>
        <translation>Name or booking code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name oder Buchungscode eintippen, dann „Suchen“</source>
        <translation>Type a name or booking code, then “Search”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suche nach Name oder Buchungscode</source>
        <translation>Search by name or booking code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht Termine nach Name oder Buchungscode</source>
        <translation>Finds appointments by name or booking code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Bucht einen Termin für jemanden vor Ort oder am Telefon</source>
        <translation>Books an appointment for someone here or on the phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Druckt die Termine von heute; ohne Drucker als PDF</source>
        <translation>Prints today&apos;s appointments; as a PDF if there is no printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste von heute drucken</source>
        <translation>Print today&apos;s list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angekommen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person des gewählten Termins ist da</source>
        <translation>Records at once: the person with the selected appointment has arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: der gewählte Termin ist erledigt</source>
        <translation>Records at once: the selected appointment is done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gekommen</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person ist nicht gekommen</source>
        <translation>Records at once: the person did not come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlegen …</source>
        <translation>Reschedule …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für den gewählten Termin</source>
        <translation>Picks a new time for the selected appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen …</source>
        <translation>Cancel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den gewählten Termin ab; fragt vorher nach dem Grund</source>
        <translation>Cancels the selected appointment; asks for the reason first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Zeile antippen: daneben stehen Einzelheiten und was zu tun ist</source>
        <translation>Tap a row: the details and what to do appear beside it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blättert eine Woche zurück</source>
        <translation>Goes back one week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorherige Woche</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert eine Woche weiter</source>
        <translation>Goes forward one week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Woche</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blättert einen Tag zurück</source>
        <translation>Goes back one day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert einen Tag weiter</source>
        <translation>Goes forward one day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächster Tag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suche: „{text}“</source>
        <translation>Search: &quot;{text}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woche vom {start} bis {end}</source>
        <translation>Week from {start} to {end}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Keine Termine</source>
        <translation>No appointments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier ist nichts gebucht.</source>
        <translation>Nothing is booked here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vorläufig</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Termin verlegen: {who}</source>
        <translation>Reschedule appointment: {who}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gedruckt.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Drucker – als PDF gespeichert: {path}</source>
        <translation>No printer – saved as PDF: {path}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/attention_page.py" line="+89"/>
        <location line="+5"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Alles erledigt – nichts braucht Aufmerksamkeit.</source>
        <translation>All done – nothing needs attention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Eintrag antippen: was passiert ist und was zu tun ist</source>
        <translation>Tap an entry: what happened and what to do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz (z. B. „angerufen, neuer Termin“)</source>
        <translation>Note (e.g. &quot;called, new appointment&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was Sie getan haben, z. B. wen Sie angerufen haben; wird mit abgelegt</source>
        <translation>What you did, e.g. whom you called; it is filed with the entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu buchen …</source>
        <translation>Book again …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für diesen Termin</source>
        <translation>Picks a new time for this appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin sofort ab und legt den Eintrag ab</source>
        <translation>Cancels the appointment at once and files the entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schickt den Eintrag noch einmal an den Server</source>
        <translation>Sends the entry to the server again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablegen</source>
        <translation>File away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt den Eintrag mit der Notiz ab; er verschwindet aus der Liste</source>
        <translation>Files the entry with the note; it disappears from the list</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Was ist passiert?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was ist zu tun?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neu buchen: {who}</source>
        <translation>Book again: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erledigt.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/block_page.py" line="+104"/>
        <source>Zeit sperren (Schließung, Krankheit)</source>
        <translation>Block time (closure, illness)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag davor</source>
        <translation>Shows the day before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächster Tag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag danach</source>
        <translation>Shows the day after</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn der Sperre</source>
        <translation>Start of the block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ende der Sperre</source>
        <translation>End of the block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesende</source>
        <translation>End of day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganzer Tag</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt den Tag von Beginn bis Ende</source>
        <translation>Selects the day from opening to closing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcher Bereich gesperrt wird, oder alle</source>
        <translation>Which area is blocked, or all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Bereiche</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grund (z. B. Krankheit)</source>
        <translation>Reason (e.g. illness)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steht bei der Sperre, z. B. Krankheit</source>
        <translation>Shown with the block, e.g. illness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund der Sperre</source>
        <translation>Reason for the block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeit sperren</source>
        <translation>Block time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperrt die gewählte Zeit sofort; betroffene Termine stehen dann unten</source>
        <translation>Blocks the selected time at once; affected appointments are then listed below</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termine in der gesperrten Zeit: diese Personen bitte anrufen</source>
        <translation>Appointments in the blocked time: please call these people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betroffene Termine</source>
        <translation>Affected appointments</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gesperrt. Neue Buchungen sind dort nicht mehr möglich.</source>
        <translation>Blocked. New bookings are no longer possible there.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Termine betroffen – bitte die Personen anrufen:</source>
        <translation>
            <numerusform>%n appointment affected – please call the person:</numerusform>
            <numerusform>%n appointments affected – please call the people:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine gebuchten Termine betroffen.</source>
        <translation>No booked appointments affected.</translation>
    </message>
</context>
<context>
    <name>CancelScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+546"/>
        <source>Geben Sie Ihren Buchungscode und Ihren Namen ein. Einen neuen Termin buchen Sie danach wie gewohnt.</source>
        <translation>Enter your booking code and your name. You can then book a new appointment as usual.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Buchungscode</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+267"/>
        <location line="+3"/>
        <source>Termin absagen</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich absagen</source>
        <translation>Cancel the appointment for good</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Termin absagen oder ändern</source>
        <translation>Cancel or change an appointment</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ihr Termin am {date} um {time} Uhr ist abgesagt.</source>
        <translation>Your appointment on {date} at {time} is cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+1"/>
        <location line="+4"/>
        <source>Grund der Absage</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Grund eintippen oder oben einen antippen</source>
        <translation>Type a reason or tap one above</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürger/in hat abgesagt</source>
        <translation>Citizen cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Krankheit</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorfbüro geschlossen</source>
        <translation>Village office closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernimmt diesen Grund ins Feld</source>
        <translation>Puts this reason into the field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin endgültig ab</source>
        <translation>Cancels the appointment for good</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-147"/>
        <source>Ihr Termin ist vorläufig gebucht</source>
        <translation>Your appointment is provisionally booked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Termin ist gebucht</source>
        <translation>Your appointment is booked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorläufig: Die Verwaltung bestätigt den Termin, sobald das Terminal sie erreicht. Sollte er doch schon vergeben sein, meldet sich das Dorfbüro bei Ihnen.</source>
        <translation>Provisional: the administration confirms the appointment as soon as the terminal reaches it. Should it already be taken, the village office will contact you.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ihr Buchungscode</source>
        <translation>Your booking code</translation>
    </message>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">{time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wofür</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte mitbringen:</source>
        <translation>Please bring:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mit dem Handy scannen: Termin in den Kalender</source>
        <translation>Scan with your phone: add the appointment to your calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>On the printer in the village office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bestätigung</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wird gedruckt …</source>
        <translation>Printing …</translation>
    </message>
</context>
<context>
    <name>CornerButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/mode.py" line="+58"/>
        <source>Für Mitarbeitende</source>
        <translation>For staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für Mitarbeitende: gedrückt halten</source>
        <translation>For staff: press and hold</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+201"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <location filename="../../kiosk/ui/accessibility/descriptions.py" line="+36"/>
        <source>Eingabefeld: tippen, dann schreiben</source>
        <translation>Text field: tap, then type</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auswahlliste: tippen, dann wählen</source>
        <translation>Choice list: tap, then choose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl: mit den Pfeilen ändern</source>
        <translation>Number: change it with the arrows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liste: einen Eintrag antippen, um ihn zu öffnen</source>
        <translation>List: tap an entry to open it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste: eine Zeile antippen, um sie auszuwählen</source>
        <translation>List: tap a row to select it</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">{time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-185"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (freiwillig)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-Mail (freiwillig)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz: Wir speichern Ihren Namen und – wenn Sie sie angeben – Telefon und E-Mail nur für diesen Termin. Sehen können sie die Mitarbeitenden des Dorfbüros und der Verwaltung, die den Termin anbietet. Auf diesem Gerät werden die Angaben {days} Tage nach dem Termin gelöscht, bei der Verwaltung nach deren Aufbewahrungsregeln.</source>
        <translation>Privacy: we store your name and – if you give them – phone and email only for this appointment. They can be seen by the staff of the village office and of the administration offering the appointment. On this device the details are deleted {days} days after the appointment, at the administration according to its retention rules.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buchen</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich buchen</source>
        <translation>Book the appointment for good</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ihre Angaben</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Please enter your name.</translation>
    </message>
</context>
<context>
    <name>FormListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+161"/>
        <source>Machen Sie mit!</source>
        <translation>Take part!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Meinung zählt: Beantworten Sie eine Umfrage, schlagen Sie etwas vor oder melden Sie einen Schaden. Ohne Anmeldung, auch ohne Internet.</source>
        <translation>Your opinion counts: answer a survey, suggest something or report damage. No sign-in, even without internet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mitmachen</source>
        <translation>Take part</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zurzeit gibt es hier nichts zum Mitmachen.</source>
        <translation>There is nothing to take part in at the moment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ergebnisse abgeschlossener Umfragen</source>
        <translation>Results of closed surveys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Ergebnisse dieser Umfrage zeigen</source>
        <translation>Show the results of this survey</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="+85"/>
        <source>Guten Tag!</source>
        <translation>Hello!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld.</source>
        <translation>How can we help you? Tap a tile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dienstleistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was brauche ich für …?</source>
        <translation>What do I need for …?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termin buchen</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einen Termin im Dorfbüro vereinbaren</source>
        <translation>Make an appointment at the village office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitmachen</source>
        <translation>Take part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfragen, Ideen und Mängel melden</source>
        <translation>Surveys, ideas and reporting problems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprache wählen</source>
        <translation>Choose language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Schrift und Vorlesen</source>
        <translation>Larger text and read aloud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache</source>
        <translation>German, English, Turkish, Ukrainian, Arabic or Easy German</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Text size, contrast, read aloud and use while seated</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/idle_prompt.py" line="+110"/>
        <source>Sind Sie noch da?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wenn niemand mehr den Bildschirm berührt, beginnt der Kiosk gleich von vorn. Alle Eingaben werden dann gelöscht.</source>
        <translation>If nobody touches the screen, the kiosk will start over shortly. Everything you entered will then be deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu beginnen</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mehr Zeit</source>
        <translation>More time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie bekommen doppelt so viel Zeit, bevor der Kiosk von vorn beginnt.</source>
        <translation>You get twice as much time before the kiosk starts over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier weitermachen</source>
        <translation>Continue here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Eingaben löschen</source>
        <translation>Delete everything entered</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Noch 1 Sekunde</source>
        <translation>1 second left</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Noch %n Sekunden</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+32"/>
        <source>Datenschutz</source>
        <translation>Privacy</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anzahl der Fragen: %n</source>
        <translation>
            <numerusform>Number of questions: %n</numerusform>
            <numerusform>Number of questions: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los geht&apos;s</source>
        <translation>Let&apos;s start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der ersten Frage beginnen</source>
        <translation>Start with the first question</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/language.py" line="+77"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte wählen Sie Ihre Sprache.</source>
        <translation>Please choose your language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte, die es nicht in Ihrer Sprache gibt, zeigen wir auf Deutsch. Am Ende Ihres Besuchs spricht der Kiosk wieder Deutsch.</source>
        <translation>Texts that are not available in your language are shown in German. At the end of your visit the kiosk speaks German again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danach beginnen Sie wieder auf der Startseite.</source>
        <translation>You will then start again on the home page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Bedienung auf diese Sprache umstellen</source>
        <translation>Switch the kiosk to this language</translation>
    </message>
</context>
<context>
    <name>LocationInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+70"/>
        <source>Kein bestimmter Ort</source>
        <translation>No particular place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="+342"/>
        <source>Umschalttaste</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerzeichen</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tastatur ausblenden</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schreibt dieses Zeichen</source>
        <translation>Types this character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löscht das Zeichen vor dem Cursor</source>
        <translation>Deletes the character before the cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beendet die Eingabe in diesem Feld</source>
        <translation>Finishes typing in this field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schreibt ein Leerzeichen</source>
        <translation>Types a space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blendet die Tastatur aus; ein Tipp in ein Feld zeigt sie wieder</source>
        <translation>Hides the keyboard; tapping a field shows it again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ausblenden</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zahlen und Zeichen</source>
        <translation>Numbers and symbols</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buchstaben</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wechselt zu Zahlen und Zeichen</source>
        <translation>Switches to numbers and symbols</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wechselt zu den Buchstaben</source>
        <translation>Switches to the letters</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Feststelltaste an</source>
        <translation>Caps lock on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Buchstabe wird groß; zweimal tippen: alle groß</source>
        <translation>The next letter is a capital; tap twice: all capitals</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/login.py" line="+109"/>
        <source>Anmeldung für Mitarbeitende</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer sind Sie?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf diesem Terminal gibt es noch keine Konten für Mitarbeitende. Sie kommen mit der nächsten Synchronisation vom Server.</source>
        <translation>There are no staff accounts on this terminal yet. They arrive with the next synchronisation from the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name: antippen, dann die PIN eingeben</source>
        <translation>Your name: tap it, then enter the PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ziffer der PIN</source>
        <translation>PIN digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löscht die letzte Ziffer</source>
        <translation>Deletes the last digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Anmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prüft die PIN und öffnet den Dienstplatz</source>
        <translation>Checks the PIN and opens the desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mitarbeitende</source>
        <translation>Staff</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PIN, %n Ziffern eingegeben</source>
        <translation>
            <numerusform>PIN, %n digit entered</numerusform>
            <numerusform>PIN, %n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bitte tippen Sie zuerst auf Ihren Namen.</source>
        <translation>Please tap your name first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die PIN hat mindestens 6 Ziffern.</source>
        <translation>The PIN has at least 6 digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN wird geprüft …</source>
        <translation>Checking PIN …</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Zu viele falsche PINs. Bitte warten Sie noch %n Sekunden.</source>
        <translation>
            <numerusform>Too many wrong PINs. Please wait %n more second.</numerusform>
            <numerusform>Too many wrong PINs. Please wait %n more seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sie können es jetzt erneut versuchen.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/placeholder.py" line="+93"/>
        <source>Dieser Bereich ist noch im Aufbau</source>
        <translation>This area is still being built</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.</source>
        <translation>Until then, the team at the village office will gladly help you in person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zur Startseite</source>
        <translation>To the home page</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+43"/>
        <source>Frage {n} von {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freiwillig – Sie können diese Frage überspringen.</source>
        <translation>Optional – you can skip this question.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sie können bis zu %n Antworten wählen.</source>
        <translation>
            <numerusform>You can choose up to %n answer.</numerusform>
            <numerusform>You can choose up to %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie können mehrere Antworten wählen.</source>
        <translation>You can choose several answers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>To the previous step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort übernehmen und weiter</source>
        <translation>Keep the answer and go on</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="-160"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n of 5</numerusform>
            <numerusform>%n of 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+224"/>
        <source>Ergebnis der Umfrage – Teilnahmen: %n</source>
        <translation>
            <numerusform>Survey result – participants: %n</numerusform>
            <numerusform>Survey result – participants: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stimme</source>
        <translation>vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stimmen</source>
        <translation>votes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ergebnisse</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location line="-188"/>
        <source>Bitte prüfen Sie Ihre Antworten</source>
        <translation>Please check your answers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>To the previous step</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absenden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Antworten abschicken</source>
        <translation>Send your answers</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ändern</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort ändern</source>
        <translation>Change this answer</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <location filename="../../kiosk/ui/routes.py" line="+30"/>
        <source>Dienstleistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier erfahren Sie bald, was Sie für einen Antrag oder ein Dokument mitbringen müssen – zum Beispiel für einen Personalausweis.</source>
        <translation>Here you will soon find out what to bring for an application or a document – for example an identity card.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin buchen</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald einen Termin im Dorfbüro oder bei der Verwaltung buchen.</source>
        <translation>Here you will soon be able to book an appointment at the village office or the administration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mitmachen</source>
        <translation>Take part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald an Umfragen teilnehmen, Ideen einbringen und Mängel melden, zum Beispiel eine defekte Straßenlaterne.</source>
        <translation>Here you will soon be able to take part in surveys, contribute ideas and report problems, for example a broken street light.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</source>
        <translation>Here you will soon be able to choose another language: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Barrierefreiheit</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald die Schrift vergrößern, den Kontrast erhöhen und sich Texte vorlesen lassen.</source>
        <translation>Here you will soon be able to enlarge the text, increase the contrast and have texts read aloud.</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-259"/>
        <source>Wofür brauchen Sie einen Termin?</source>
        <translation>What do you need an appointment for?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin absagen oder ändern</source>
        <translation>Cancel or change an appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Buchungscode und Namen</source>
        <translation>With booking code and name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Termin buchen</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Appointments cannot be booked here at the moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freie Termine für diese Dienstleistung</source>
        <translation>Free appointments for this service</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+107"/>
        <source>Dienstleistungen</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_list.py" line="+85"/>
        <source>Buchstabe %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier gibt es noch keine Dienstleistungen.</source>
        <translation>There are no services here yet.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_page.py" line="+81"/>
        <source>Diese Dienstleistung gibt es nicht mehr.</source>
        <translation>This service no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dienstleistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dieser Inhalt ist nur auf Deutsch verfügbar.</source>
        <translation>This content is only available in German.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termin buchen</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einen freien Termin suchen</source>
        <translation>Find a free appointment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das bringen Sie mit</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voraussetzungen</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wie lange es dauert</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ausführlich</source>
        <translation>In detail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rechtsgrundlage: {law}</source>
        <translation>Legal basis: {law}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wo und wann</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mitnehmen</source>
        <translation>Take away</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mit dem Handy scannen: Diese Seite im Internet öffnen.</source>
        <translation>Scan with your phone: open this page on the internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf Papier ausdrucken</source>
        <translation>Print on paper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>On the printer in the village office</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.</source>
        <translation>The sheet is being printed. Please take it from the printer.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="-75"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>ServicesOverviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+16"/>
        <source>Was möchten Sie erledigen?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suchen, zum Beispiel: Personalausweis</source>
        <translation>Search, for example: identity card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstleistung suchen</source>
        <translation>Search for a service</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle Dienstleistungen von A bis Z</source>
        <translation>All services from A to Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Dienstleistungen als Liste</source>
        <translation>All services as a list</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lebenslagen</source>
        <translation>Life situations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Dienstleistung</source>
        <translation>1 service</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Dienstleistungen</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Dienstleistungen zu diesem Thema</source>
        <translation>The services on this topic</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch sind keine Dienstleistungen geladen. Das Team im Dorfbüro hilft Ihnen gern persönlich weiter.</source>
        <translation>No services are loaded yet. The team at the village office will gladly help you in person.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dienstleistungen</source>
        <translation>Services</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort, zum Beispiel „Ausweis“, „Umzug“ oder „Rente“.</source>
        <translation>We found nothing for that. Try another word, for example &quot;ID card&quot;, &quot;moving&quot; or &quot;pension&quot;.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Von A bis Z</source>
        <translation>From A to Z</translation>
    </message>
</context>
<context>
    <name>SlotPickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="-184"/>
        <source>Zeigt die freien Zeiten dieser Leistung</source>
        <translation>Shows the free times for this service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorheriger Tag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages davor</source>
        <translation>Free times of the day before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächster Tag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages danach</source>
        <translation>Free times of the day after</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bucht diese Zeit sofort</source>
        <translation>Books this time at once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wählt diese Zeit; danach Name und Telefon</source>
        <translation>Picks this time; then name and phone</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An diesem Tag ist nichts mehr frei.</source>
        <translation>Nothing is free on this day any more.</translation>
    </message>
</context>
<context>
    <name>StaffDeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/desk.py" line="+136"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: die Termine von heute, eines Tages oder der Woche</source>
        <translation>Page: the appointments of today, a day or the week</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Aufmerksamkeit</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Seite: Konflikte und abgelehnte Einträge klären</source>
        <translation>Page: sort out conflicts and refused entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Verbindung zum Server und wartende Einträge</source>
        <translation>Page: connection to the server and waiting entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeit sperren</source>
        <translation>Block time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: eine Schließung oder Krankheit eintragen</source>
        <translation>Page: enter a closure or illness</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Einstellungen dieses Terminals</source>
        <translation>Page: this terminal&apos;s settings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beendet den Modus für Mitarbeitende und zeigt die Startseite</source>
        <translation>Ends staff mode and shows the home screen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dienstplatz</source>
        <translation>Desk</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-101"/>
        <source>Der Termin war schon vergeben, als die Buchung beim Server ankam.</source>
        <translation>The time was already taken when the booking reached the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Call the person and book a new appointment (“Book again”) or cancel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Zeit war einem anderen Terminal zugeteilt und dort schon vergeben.</source>
        <translation>The time belonged to another terminal and was already taken there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).</source>
        <translation>Call the person and book a new appointment (“Book again”).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Diese Zeit gibt es im Kalender nicht mehr (zum Beispiel gesperrt).</source>
        <translation>This time is no longer in the calendar (for example, blocked).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Buchung kam zu kurzfristig beim Server an.</source>
        <translation>The booking reached the server at too short notice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Termin liegt weiter in der Zukunft als erlaubt.</source>
        <translation>The appointment is further ahead than allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie einen früheren Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Book an earlier appointment (“Book again”) or cancel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Server hatte keinen Kalender für dieses Dorfbüro.</source>
        <translation>The server had no calendar for this village office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte melden Sie das der IT: Sie richtet den Kalender ein und kann solche Buchungen dann neu prüfen lassen. Oder rufen Sie die Person an und buchen Sie neu („Neu buchen“).</source>
        <translation>Please tell IT: they set up the calendar and can then have such bookings checked again. Or call the person and rebook (“Book again”).</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/store_messages.py" line="+21"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides.</source>
        <translation>We cannot find an appointment with this code and name. Please check both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.</source>
        <translation>This time has just been taken. Please choose another time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin wird an einem anderen Terminal vergeben. Bitte wählen Sie eine andere Zeit.</source>
        <translation>This time is being given out at another terminal. Please choose another time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.</source>
        <translation>This time is too soon. Please choose a later time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin liegt zu weit in der Zukunft.</source>
        <translation>This time is too far ahead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.</source>
        <translation>This time does not exist (any more). Please choose another time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Leistung kann man hier keinen Termin buchen.</source>
        <translation>Appointments for this service cannot be booked here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Appointments cannot be booked here at the moment.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="+32"/>
        <source>Nicht angemeldet</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warten</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nichts zu senden</source>
        <translation>nothing to send</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/sync_page.py" line="+61"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzte Synchronisation</source>
        <translation>Last synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warten auf Versand</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ältester Eintrag</source>
        <translation>Oldest entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzter Fehler</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt synchronisieren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendet wartende Einträge sofort und holt Neues vom Server</source>
        <translation>Sends waiting entries now and fetches what is new from the server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kein Server eingerichtet (nur dieses Terminal)</source>
        <translation>No server set up (this terminal only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vom Server abgewiesen – Terminal neu anmelden</source>
        <translation>Rejected by the server – enrol the terminal again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronisation läuft …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Server eingerichtet.</source>
        <translation>No server set up.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+55"/>
        <source>Vielen Dank!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Antworten sind gespeichert. Sie werden an die Verwaltung übertragen, sobald das Terminal mit dem Server verbunden ist.</source>
        <translation>Your answers are saved. They will be sent to the administration as soon as the terminal is connected to the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ihre Nummer für Rückfragen:</source>
        <translation>Your reference number:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgeschickt</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+103"/>
        <source>Bitte tippen Sie auf eine freie Uhrzeit.</source>
        <translation>Please tap a free time.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In den nächsten Wochen ist leider kein Termin frei. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>Sorry, no appointment is free in the next weeks. Please ask at the village office.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diese Uhrzeit wählen</source>
        <translation>Choose this time</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uhrzeit wählen</source>
        <translation>Choose a time</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/top_bar.py" line="+101"/>
        <source>Startseite</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierefreiheit</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlesen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zurück zur Startseite</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur vorigen Seite</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine andere Sprache wählen</source>
        <translation>Choose another language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Text size, contrast, read aloud and seated use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Seite vorlesen oder das Vorlesen anhalten</source>
        <translation>Read this page aloud or stop reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Beenden und alle Eingaben löschen</source>
        <translation>Finish and delete everything entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorführversion mit Beispieldaten</source>
        <translation>Demonstration version with sample data</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+54"/>
        <location line="+3"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uhr</source>
        <translation>o&apos;clock</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name der Person, für die gebucht wird</source>
        <translation>Name of the person the booking is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (für Rückfragen, freiwillig)</source>
        <translation>Phone (for questions, optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Für Rückfragen; freiwillig</source>
        <translation>For questions; optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucht den Termin sofort und zeigt ihn in der Liste</source>
        <translation>Books the appointment at once and shows it in the list</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+22"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-232"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>März</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezember</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday}, {day}. {month} {year}</source>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{weekday}, {day}. {month}</source>
        <translation>{weekday}, {day} {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="-436"/>
        <source>Umfrage</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideen</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mängelmelder</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Bitte beantworten Sie diese Frage.</source>
        <translation>Please answer this question.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text ist zu lang.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text enthält ein Zeichen, das nicht erlaubt ist.</source>
        <translation>The text contains a character that is not allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine Zahl ein.</source>
        <translation>Please enter a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine ganze Zahl ein.</source>
        <translation>Please enter a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zahl liegt außerhalb des erlaubten Bereichs.</source>
        <translation>The number is outside the allowed range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie mehr Antworten aus.</source>
        <translation>Please choose more answers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie weniger Antworten aus.</source>
        <translation>Please choose fewer answers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie ein Datum.</source>
        <translation>Please choose a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de).</source>
        <translation>That does not look like an email address (name@example.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie nur Ziffern, Leerzeichen und + ein.</source>
        <translation>Please enter only digits, spaces and +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie auch die Straße.</source>
        <translation>Please also choose the street.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort passt nicht.</source>
        <translation>This answer does not fit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– nicht beantwortet –</source>
        <translation>– not answered –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n of 5</numerusform>
            <numerusform>%n of 5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein bestimmter Ort</source>
        <translation>No particular place</translation>
    </message>
</context>
</TS>
