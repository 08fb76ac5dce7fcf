<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="+68"/>
        <source>Telefon: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>E-Mail: {email}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausgedruckt am Dorfkiosk, {date}</source>
        <translation>Gedruckt am Dorf-Kiosk, {date}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hier ist leider kein Drucker angeschlossen. Scannen Sie den QR-Code mit Ihrem Handy oder fragen Sie im Dorfbüro nach einem Ausdruck.</source>
        <translation>Hier gibt es keinen Drucker. Sie können den QR-Code mit dem Handy scannen. Oder Sie fragen im Dorf-Büro nach einem Ausdruck.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Drucker meldet einen Fehler. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>Der Drucker hat einen Fehler. Bitte fragen Sie im Dorf-Büro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/printout.py" line="+24"/>
        <source>Buchungscode</source>
        <translation>Buchungs-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wofür</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="+143"/>
        <source>Uhr</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="+63"/>
        <source>Hier ist kein Drucker eingerichtet.</source>
        <translation>Hier gibt es keinen Drucker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="+41"/>
        <source>{amount} €</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betrag unterschiedlich</source>
        <translation>Der Preis ist verschieden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostenlos</source>
        <translation>kostet nichts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Jetzt geöffnet</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jetzt geöffnet bis {time} Uhr</source>
        <translation>Jetzt offen bis {time} Uhr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jetzt geschlossen – öffnet heute um {time} Uhr</source>
        <translation>Jetzt zu. Heute offen ab {time} Uhr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jetzt geschlossen – öffnet morgen um {time} Uhr</source>
        <translation>Jetzt zu. Morgen offen ab {time} Uhr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt geschlossen – öffnet am {weekday} um {time} Uhr</source>
        <translation>Jetzt zu. Offen am {weekday} ab {time} Uhr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jetzt geschlossen – öffnet am {date} um {time} Uhr</source>
        <translation>Jetzt zu. Offen am {date} ab {time} Uhr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="-33"/>
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Drucker meldet einen Fehler.</source>
        <translation>Der Drucker hat einen Fehler.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-120"/>
        <source>erwartet</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angekommen</source>
        <translation>ist da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>nicht gekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgesagt</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mi</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fr</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>So</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montag</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnerstag</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonntag</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an anderem Terminal gebucht)</source>
        <translation>(an einem anderen Kiosk gebucht)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Terminkonflikt</source>
        <translation>Zwei Termine zur selben Zeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termin nicht übernommen</source>
        <translation>Termin ist nicht angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie neu („Neu buchen“), senden Sie erneut oder legen Sie ab.</source>
        <translation>Buchen Sie neu. Oder senden Sie noch einmal. Oder legen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eingabe nicht übernommen</source>
        <translation>Eingabe ist nicht angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Eingabe ist beim Server nicht angekommen. Erneut senden oder ablegen.</source>
        <translation>Die Eingabe ist nicht beim Server. Senden Sie noch einmal. Oder legen Sie sie ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sperre nicht übernommen</source>
        <translation>Sperre ist nicht angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sperre gilt nur an diesem Terminal. Erneut senden oder neu anlegen.</source>
        <translation>Die Sperre gilt nur hier. Senden Sie noch einmal. Oder machen Sie eine neue Sperre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintrag nicht übernommen</source>
        <translation>Eintrag ist nicht angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden oder mit Notiz ablegen.</source>
        <translation>Senden Sie noch einmal. Oder legen Sie ihn mit einer Notiz ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Server hat den Eintrag abgelehnt.</source>
        <translation>Der Server will den Eintrag nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrifft den Termin von {who}.</source>
        <translation>Es geht um den Termin von {who}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>noch nie</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keiner</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server hat nicht rechtzeitig geantwortet.</source>
        <translation>Der Server hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Verbindung zum Server (Netz oder Server nicht erreichbar).</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server kennt dieses Terminal nicht mehr. Bitte IT anrufen (neu anmelden).</source>
        <translation>Der Server kennt diesen Kiosk nicht mehr. Bitte rufen Sie die IT an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server hatte einen Fehler. Es wird später erneut versucht.</source>
        <translation>Der Server hat einen Fehler. Der Kiosk versucht es später noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine unerwartete Antwort kam zurück (z. B. WLAN-Anmeldeseite).</source>
        <translation>Eine falsche Antwort ist gekommen. Zum Beispiel eine WLAN-Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übertragung fehlgeschlagen. Es wird später erneut versucht.</source>
        <translation>Senden hat nicht geklappt. Der Kiosk versucht es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="+124"/>
        <source>Barrierefreiheit</source>
        <translation>Leichter benutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So können Sie den Kiosk leichter bedienen.</source>
        <translation>So können Sie den Kiosk leichter benutzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schriftgröße</source>
        <translation>Größe der Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Texte werden größer.</source>
        <translation>Alle Texte werden größer.</translation>
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
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sehr groß</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwarze Schrift auf Weiß, gut lesbar bei schwachen Augen.</source>
        <translation>Schwarze Schrift auf Weiß. Gut zu lesen, wenn Sie schlecht sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoher Kontrast</source>
        <translation>Starker Kontrast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorlesen</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Kiosk liest jede Seite vor. Die Taste „Vorlesen“ oben liest sie noch einmal.</source>
        <translation>Der Kiosk liest jede Seite vor. Mit der Taste „Vorlesen“ hören Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Aus</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>An</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Diese Seite jetzt vorlesen</source>
        <translation>Diese Seite jetzt vorlesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Kiosk liest diese Seite einmal laut vor.</source>
        <translation>Der Kiosk liest diese Seite einmal vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedienung im Sitzen</source>
        <translation>Im Sitzen bedienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Tasten rücken in den unteren Teil des Bildschirms, gut erreichbar aus dem Rollstuhl.</source>
        <translation>Alle Tasten sind dann unten. So kommen Sie auch aus dem Roll-Stuhl gut dran.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diese Einstellungen gelten, bis Sie auf „Fertig“ tippen oder der Kiosk von vorn beginnt.</source>
        <translation>Das gilt, bis Sie auf „Fertig“ tippen. Oder bis der Kiosk neu beginnt.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/admin_page.py" line="+86"/>
        <source>Verwaltung dieses Terminals</source>
        <translation>Diesen Kiosk verwalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wartezeit bis zum Neustart</source>
        <translation>Wartezeit bis zum Neustart</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+52"/>
        <source>%n Sekunden</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+13"/>
        <source>Standardsprache</source>
        <translation>Sprache am Anfang</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Drucker</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Standarddrucker des Systems</source>
        <translation>Normaler Drucker vom System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit, bis der Kiosk neu beginnt</source>
        <translation>So lange wartet der Kiosk, bis er neu beginnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>So lange ohne Berührung, bis der Kiosk für die nächste Person neu beginnt</source>
        <translation>So lange darf niemand tippen. Dann beginnt der Kiosk neu für die nächste Person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dieser Sprache beginnt jeder Besuch</source>
        <translation>In dieser Sprache beginnt jeder Besuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hier kommen Termin-Zettel und Listen heraus</source>
        <translation>Hier kommen Termin-Zettel und Listen raus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichert Wartezeit, Sprache und Drucker</source>
        <translation>Speichert Warte-Zeit, Sprache und Drucker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kioskmodus für Wartung verlassen</source>
        <translation>Kiosk-Modus verlassen für Wartung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Macht aus dem Kiosk ein normales Fenster; wird protokolliert</source>
        <translation>Der Kiosk wird ein normales Fenster. Das wird aufgeschrieben.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gespeichert. Die Wartezeit gilt sofort.</source>
        <translation>Gespeichert. Die Wartezeit gilt sofort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kioskmodus verlassen</source>
        <translation>Kiosk-Modus verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kioskmodus verlassen (protokolliert).</source>
        <translation>Kiosk-Modus verlassen. Das wird aufgeschrieben.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+58"/>
        <source>Antwort abwählen</source>
        <translation>Diese Antwort nicht mehr wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort auswählen</source>
        <translation>Diese Antwort wählen</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+53"/>
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
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
        <translation>noch nicht sicher</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/appointments_page.py" line="+129"/>
        <location line="+105"/>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Zeigt die Termine von heute</source>
        <translation>Zeigt die Termine von heute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt einen Tag; mit den Pfeilen blättern</source>
        <translation>Zeigt einen Tag. Mit den Pfeilen weiter-blättern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woche</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation type="vanished">Zurück</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation type="vanished">Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt eine Woche; mit den Pfeilen blättern</source>
        <translation>Zeigt eine Woche. Mit den Pfeilen weiter-blättern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Buchungscode</source>
        <translation>Name oder Buchungs-Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name oder Buchungscode eintippen, dann „Suchen“</source>
        <translation>Name oder Buchungs-Code schreiben. Dann auf „Suchen“ tippen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suche nach Name oder Buchungscode</source>
        <translation>Nach Name oder Buchungs-Code suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht Termine nach Name oder Buchungscode</source>
        <translation>Sucht Termine nach Name oder Buchungs-Code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Neuer Termin</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Bucht einen Termin für jemanden vor Ort oder am Telefon</source>
        <translation>Bucht einen Termin für eine Person. Die Person ist hier oder am Telefon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Druckt die Termine von heute; ohne Drucker als PDF</source>
        <translation>Druckt die Termine von heute. Ohne Drucker wird es eine PDF-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste von heute drucken</source>
        <translation>Liste von heute drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angekommen</source>
        <translation>Ist da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person des gewählten Termins ist da</source>
        <translation>Schreibt sofort auf: Die Person ist da.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erledigt</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: der gewählte Termin ist erledigt</source>
        <translation>Schreibt sofort auf: Der Termin ist fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gekommen</source>
        <translation>Nicht gekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person ist nicht gekommen</source>
        <translation>Schreibt sofort auf: Die Person ist nicht gekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlegen …</source>
        <translation>Verschieben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für den gewählten Termin</source>
        <translation>Hier wählen Sie eine neue Zeit für den Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen …</source>
        <translation>Absagen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den gewählten Termin ab; fragt vorher nach dem Grund</source>
        <translation>Sagt den Termin ab. Vorher fragt der Kiosk nach dem Grund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Zeile antippen: daneben stehen Einzelheiten und was zu tun ist</source>
        <translation>Auf eine Zeile tippen. Daneben steht mehr dazu. Und was Sie tun können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termine</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blättert eine Woche zurück</source>
        <translation>Geht eine Woche zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorherige Woche</source>
        <translation>Woche davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert eine Woche weiter</source>
        <translation>Geht eine Woche weiter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Woche</source>
        <translation>Woche danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blättert einen Tag zurück</source>
        <translation>Geht einen Tag zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Tag vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert einen Tag weiter</source>
        <translation>Geht einen Tag weiter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächster Tag</source>
        <translation>Tag danach</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suche: „{text}“</source>
        <translation>Suche: „{text}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woche vom {start} bis {end}</source>
        <translation>Woche vom {start} bis {end}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Keine Termine</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier ist nichts gebucht.</source>
        <translation>Hier ist nichts gebucht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vorläufig</source>
        <translation>noch nicht sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Termin verlegen: {who}</source>
        <translation>Termin verschieben: {who}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gedruckt.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Drucker – als PDF gespeichert: {path}</source>
        <translation>Kein Drucker. Als PDF gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/attention_page.py" line="+89"/>
        <location line="+5"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>Bitte ansehen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Alles erledigt – nichts braucht Aufmerksamkeit.</source>
        <translation>Alles fertig. Hier ist nichts zu tun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Eintrag antippen: was passiert ist und was zu tun ist</source>
        <translation>Auf einen Eintrag tippen. Dann sehen Sie: Was ist passiert? Was können Sie tun?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz (z. B. „angerufen, neuer Termin“)</source>
        <translation>Notiz (zum Beispiel „angerufen, neuer Termin“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was Sie getan haben, z. B. wen Sie angerufen haben; wird mit abgelegt</source>
        <translation>Was haben Sie gemacht? Zum Beispiel: Wen haben Sie angerufen? Das wird mit gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu buchen …</source>
        <translation>Neu buchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für diesen Termin</source>
        <translation>Hier wählen Sie eine neue Zeit für diesen Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin sofort ab und legt den Eintrag ab</source>
        <translation>Sagt den Termin sofort ab. Der Eintrag kommt weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden</source>
        <translation>Noch einmal senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schickt den Eintrag noch einmal an den Server</source>
        <translation>Schickt den Eintrag noch einmal an den Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablegen</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt den Eintrag mit der Notiz ab; er verschwindet aus der Liste</source>
        <translation>Speichert den Eintrag mit der Notiz. Dann ist er nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Was ist passiert?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was ist zu tun?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tel.</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neu buchen: {who}</source>
        <translation>Neu buchen: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erledigt.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/block_page.py" line="+104"/>
        <source>Zeit sperren (Schließung, Krankheit)</source>
        <translation>Zeit sperren (zum Beispiel: geschlossen, krank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Tag vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag davor</source>
        <translation>Zeigt den Tag davor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächster Tag</source>
        <translation>Tag danach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag danach</source>
        <translation>Zeigt den Tag danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn der Sperre</source>
        <translation>Anfang von der Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ende der Sperre</source>
        <translation>Ende von der Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesende</source>
        <translation>Ende vom Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganzer Tag</source>
        <translation>Ganzer Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt den Tag von Beginn bis Ende</source>
        <translation>Wählt den ganzen Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcher Bereich gesperrt wird, oder alle</source>
        <translation>Welcher Bereich wird gesperrt? Oder alle?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bereich</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Bereiche</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>von</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grund (z. B. Krankheit)</source>
        <translation>Grund (zum Beispiel: krank)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steht bei der Sperre, z. B. Krankheit</source>
        <translation>Das steht bei der Sperre. Zum Beispiel: Krankheit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund der Sperre</source>
        <translation>Grund für die Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeit sperren</source>
        <translation>Zeit sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperrt die gewählte Zeit sofort; betroffene Termine stehen dann unten</source>
        <translation>Sperrt die Zeit sofort. Unten stehen dann die Termine in dieser Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termine in der gesperrten Zeit: diese Personen bitte anrufen</source>
        <translation>Termine in der gesperrten Zeit. Bitte diese Personen anrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betroffene Termine</source>
        <translation>Diese Termine sind betroffen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gesperrt. Neue Buchungen sind dort nicht mehr möglich.</source>
        <translation>Gesperrt. Dort kann man jetzt nicht mehr buchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Termine betroffen – bitte die Personen anrufen:</source>
        <translation>
            <numerusform>%n Termin ist betroffen. Bitte rufen Sie die Person an:</numerusform>
            <numerusform>%n Termine sind betroffen. Bitte rufen Sie die Personen an:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine gebuchten Termine betroffen.</source>
        <translation>Kein gebuchter Termin ist betroffen.</translation>
    </message>
</context>
<context>
    <name>CancelScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+546"/>
        <source>Geben Sie Ihren Buchungscode und Ihren Namen ein. Einen neuen Termin buchen Sie danach wie gewohnt.</source>
        <translation>Geben Sie Ihren Buchungs-Code ein. Und Ihren Namen. Danach können Sie einen neuen Termin buchen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Buchungscode</source>
        <translation>Buchungs-Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ihr Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+267"/>
        <location line="+3"/>
        <source>Termin absagen</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich absagen</source>
        <translation>Den Termin sicher absagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Termin absagen oder ändern</source>
        <translation>Termin absagen oder ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ihr Termin am {date} um {time} Uhr ist abgesagt.</source>
        <translation>Ihr Termin ist abgesagt. Das war der Termin am {date} um {time} Uhr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+1"/>
        <location line="+4"/>
        <source>Grund der Absage</source>
        <translation>Grund für die Absage</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Grund eintippen oder oben einen antippen</source>
        <translation>Grund schreiben. Oder oben einen Grund antippen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürger/in hat abgesagt</source>
        <translation>Die Person hat abgesagt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Krankheit</source>
        <translation>Krank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorfbüro geschlossen</source>
        <translation>Dorf-Büro ist zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernimmt diesen Grund ins Feld</source>
        <translation>Schreibt diesen Grund in das Feld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin endgültig ab</source>
        <translation>Sagt den Termin ab. Das gilt dann.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-147"/>
        <source>Ihr Termin ist vorläufig gebucht</source>
        <translation>Ihr Termin ist gebucht. Aber noch nicht sicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Termin ist gebucht</source>
        <translation>Ihr Termin ist gebucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorläufig: Die Verwaltung bestätigt den Termin, sobald das Terminal sie erreicht. Sollte er doch schon vergeben sein, meldet sich das Dorfbüro bei Ihnen.</source>
        <translation>Noch nicht sicher: Die Verwaltung muss den Termin noch bestätigen. Vielleicht hat schon jemand anders den Termin. Dann meldet sich das Dorf-Büro bei Ihnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ihr Buchungscode</source>
        <translation>Ihr Buchungs-Code</translation>
    </message>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">{time} Uhr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wofür</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte mitbringen:</source>
        <translation>Bitte bringen Sie mit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mit dem Handy scannen: Termin in den Kalender</source>
        <translation>Mit dem Handy scannen: Der Termin kommt in Ihren Kalender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>Mit dem Drucker im Dorf-Büro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fertig</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Zurück zur Start-Seite</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bestätigung</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wird gedruckt …</source>
        <translation>Wird gedruckt …</translation>
    </message>
</context>
<context>
    <name>CornerButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/mode.py" line="+58"/>
        <source>Für Mitarbeitende</source>
        <translation>Für Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für Mitarbeitende: gedrückt halten</source>
        <translation>Für Mitarbeiter: lange drücken</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+201"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monat</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <location filename="../../kiosk/ui/accessibility/descriptions.py" line="+36"/>
        <source>Eingabefeld: tippen, dann schreiben</source>
        <translation>Feld zum Schreiben: Erst tippen. Dann schreiben.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auswahlliste: tippen, dann wählen</source>
        <translation>Liste zum Wählen: Erst tippen. Dann wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl: mit den Pfeilen ändern</source>
        <translation>Zahl: Mit den Pfeilen ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liste: einen Eintrag antippen, um ihn zu öffnen</source>
        <translation>Liste: Auf einen Eintrag tippen. Dann geht er auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste: eine Zeile antippen, um sie auszuwählen</source>
        <translation>Liste: Auf eine Zeile tippen. Dann ist sie gewählt.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">{time} Uhr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-185"/>
        <source>Ihr Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (freiwillig)</source>
        <translation>Telefon (wenn Sie wollen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-Mail (freiwillig)</source>
        <translation>E-Mail (wenn Sie wollen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz: Wir speichern Ihren Namen und – wenn Sie sie angeben – Telefon und E-Mail nur für diesen Termin. Sehen können sie die Mitarbeitenden des Dorfbüros und der Verwaltung, die den Termin anbietet. Auf diesem Gerät werden die Angaben {days} Tage nach dem Termin gelöscht, bei der Verwaltung nach deren Aufbewahrungsregeln.</source>
        <translation>Datenschutz: Wir speichern Ihren Namen. Und Ihr Telefon und Ihre E-Mail, wenn Sie die angeben. Wir speichern das nur für diesen Termin. Das sehen nur die Mitarbeiter im Dorf-Büro und in der Verwaltung. Auf diesem Gerät löschen wir alles {days} Tage nach dem Termin. Die Verwaltung löscht nach ihren eigenen Regeln.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buchen</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich buchen</source>
        <translation>Den Termin sicher buchen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ihre Angaben</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Bitte schreiben Sie Ihren Namen.</translation>
    </message>
</context>
<context>
    <name>FormListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+161"/>
        <source>Machen Sie mit!</source>
        <translation>Machen Sie mit!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Meinung zählt: Beantworten Sie eine Umfrage, schlagen Sie etwas vor oder melden Sie einen Schaden. Ohne Anmeldung, auch ohne Internet.</source>
        <translation>Ihre Meinung ist wichtig. Beantworten Sie Fragen. Sagen Sie Ihre Idee. Oder melden Sie einen Schaden. Sie brauchen keine Anmeldung. Und kein Internet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mitmachen</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zurzeit gibt es hier nichts zum Mitmachen.</source>
        <translation>Im Moment gibt es hier nichts zum Mitmachen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ergebnisse abgeschlossener Umfragen</source>
        <translation>Ergebnisse von alten Umfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Ergebnisse dieser Umfrage zeigen</source>
        <translation>Die Ergebnisse von dieser Umfrage zeigen</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="+85"/>
        <source>Guten Tag!</source>
        <translation>Guten Tag!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld.</source>
        <translation>Wobei können wir helfen? Tippen Sie auf ein Feld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dienstleistungen</source>
        <translation>Dienst-Leistungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was brauche ich für …?</source>
        <translation>Was brauche ich für …?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termin buchen</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einen Termin im Dorfbüro vereinbaren</source>
        <translation>Einen Termin im Dorf-Büro machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitmachen</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfragen, Ideen und Mängel melden</source>
        <translation>Umfragen, Ideen und Schäden melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprache wählen</source>
        <translation>Sprache wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Schrift und Vorlesen</source>
        <translation>Größere Schrift und Vorlesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache</source>
        <translation>Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Schrift-Größe, Kontrast, Vorlesen und Bedienung im Sitzen</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/idle_prompt.py" line="+110"/>
        <source>Sind Sie noch da?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wenn niemand mehr den Bildschirm berührt, beginnt der Kiosk gleich von vorn. Alle Eingaben werden dann gelöscht.</source>
        <translation>Niemand tippt auf den Bildschirm. Darum beginnt der Kiosk gleich neu. Dann ist alles gelöscht, was Sie geschrieben haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weiter</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu beginnen</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mehr Zeit</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie bekommen doppelt so viel Zeit, bevor der Kiosk von vorn beginnt.</source>
        <translation>Sie bekommen doppelt so viel Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier weitermachen</source>
        <translation>Hier weiter machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Eingaben löschen</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Noch 1 Sekunde</source>
        <translation>Noch 1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Noch %n Sekunden</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+32"/>
        <source>Datenschutz</source>
        <translation>Datenschutz</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anzahl der Fragen: %n</source>
        <translation>
            <numerusform>So viele Fragen: %n</numerusform>
            <numerusform>So viele Fragen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los geht&apos;s</source>
        <translation>Los geht&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der ersten Frage beginnen</source>
        <translation>Mit der ersten Frage anfangen</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/language.py" line="+77"/>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte wählen Sie Ihre Sprache.</source>
        <translation>Bitte wählen Sie Ihre Sprache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte, die es nicht in Ihrer Sprache gibt, zeigen wir auf Deutsch. Am Ende Ihres Besuchs spricht der Kiosk wieder Deutsch.</source>
        <translation>Manche Texte gibt es nicht in Ihrer Sprache. Die zeigen wir auf Deutsch. Am Ende spricht der Kiosk wieder Deutsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danach beginnen Sie wieder auf der Startseite.</source>
        <translation>Danach sind Sie wieder auf der Start-Seite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Bedienung auf diese Sprache umstellen</source>
        <translation>Der Kiosk spricht dann diese Sprache</translation>
    </message>
</context>
<context>
    <name>LocationInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+70"/>
        <source>Kein bestimmter Ort</source>
        <translation>Kein bestimmter Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Straße:</source>
        <translation>Straße:</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="+342"/>
        <source>Umschalttaste</source>
        <translation>Groß-Buchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerzeichen</source>
        <translation>Leer-Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tastatur ausblenden</source>
        <translation>Tastatur weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schreibt dieses Zeichen</source>
        <translation>Schreibt dieses Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löscht das Zeichen vor dem Cursor</source>
        <translation>Löscht das Zeichen vor dem Strich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beendet die Eingabe in diesem Feld</source>
        <translation>Sie sind fertig mit diesem Feld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schreibt ein Leerzeichen</source>
        <translation>Macht eine Lücke zwischen Wörtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blendet die Tastatur aus; ein Tipp in ein Feld zeigt sie wieder</source>
        <translation>Die Tastatur geht weg. Tippen Sie in ein Feld. Dann kommt sie wieder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ausblenden</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zahlen und Zeichen</source>
        <translation>Zahlen und Zeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buchstaben</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wechselt zu Zahlen und Zeichen</source>
        <translation>Zeigt Zahlen und Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wechselt zu den Buchstaben</source>
        <translation>Zeigt die Buchstaben.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Feststelltaste an</source>
        <translation>Immer Groß-Buchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Buchstabe wird groß; zweimal tippen: alle groß</source>
        <translation>Der nächste Buchstabe wird groß. Zwei Mal tippen: Alle Buchstaben werden groß.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/login.py" line="+109"/>
        <source>Anmeldung für Mitarbeitende</source>
        <translation>Anmelden für Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer sind Sie?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf diesem Terminal gibt es noch keine Konten für Mitarbeitende. Sie kommen mit der nächsten Synchronisation vom Server.</source>
        <translation>Hier gibt es noch keine Konten für Mitarbeiter. Die Konten kommen bald vom Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name: antippen, dann die PIN eingeben</source>
        <translation>Ihr Name: Darauf tippen. Dann die PIN tippen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ziffer der PIN</source>
        <translation>Zahl von der PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löscht die letzte Ziffer</source>
        <translation>Löscht die letzte Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Anmelden</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prüft die PIN und öffnet den Dienstplatz</source>
        <translation>Prüft die PIN. Dann geht der Arbeits-Platz auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mitarbeitende</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PIN, %n Ziffern eingegeben</source>
        <translation>
            <numerusform>PIN, %n Ziffer eingegeben</numerusform>
            <numerusform>PIN, %n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bitte tippen Sie zuerst auf Ihren Namen.</source>
        <translation>Bitte tippen Sie zuerst auf Ihren Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die PIN hat mindestens 6 Ziffern.</source>
        <translation>Die PIN hat mindestens 6 Ziffern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN wird geprüft …</source>
        <translation>PIN wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Zu viele falsche PINs. Bitte warten Sie noch %n Sekunden.</source>
        <translation>
            <numerusform>Zu oft die falsche PIN. Bitte warten Sie noch %n Sekunde.</numerusform>
            <numerusform>Zu oft die falsche PIN. Bitte warten Sie noch %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sie können es jetzt erneut versuchen.</source>
        <translation>Sie können es jetzt noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/placeholder.py" line="+93"/>
        <source>Dieser Bereich ist noch im Aufbau</source>
        <translation>Diesen Teil gibt es noch nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.</source>
        <translation>Bis dahin hilft Ihnen das Dorf-Büro gern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zur Startseite</source>
        <translation>Zur Start-Seite</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+43"/>
        <source>Frage {n} von {total}</source>
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freiwillig – Sie können diese Frage überspringen.</source>
        <translation>Sie müssen diese Frage nicht beantworten.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sie können bis zu %n Antworten wählen.</source>
        <translation>
            <numerusform>Sie können bis zu %n Antwort wählen.</numerusform>
            <numerusform>Sie können bis zu %n Antworten wählen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie können mehrere Antworten wählen.</source>
        <translation>Sie können mehrere Antworten wählen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zurück</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernehmen</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weiter</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort übernehmen und weiter</source>
        <translation>Antwort behalten und weiter</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="-160"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n von 5</numerusform>
            <numerusform>%n von 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+224"/>
        <source>Ergebnis der Umfrage – Teilnahmen: %n</source>
        <translation>
            <numerusform>Ergebnis der Umfrage. So viele haben mitgemacht: %n</numerusform>
            <numerusform>Ergebnis der Umfrage. So viele haben mitgemacht: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stimme</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stimmen</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ergebnisse</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location line="-188"/>
        <source>Bitte prüfen Sie Ihre Antworten</source>
        <translation>Bitte prüfen Sie Ihre Antworten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zurück</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absenden</source>
        <translation>Abschicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Antworten abschicken</source>
        <translation>Ihre Antworten abschicken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ändern</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort ändern</source>
        <translation>Diese Antwort ändern</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <location filename="../../kiosk/ui/routes.py" line="+30"/>
        <source>Dienstleistungen</source>
        <translation>Dienst-Leistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier erfahren Sie bald, was Sie für einen Antrag oder ein Dokument mitbringen müssen – zum Beispiel für einen Personalausweis.</source>
        <translation>Hier steht bald, was Sie mitbringen müssen. Zum Beispiel für einen Personal-Ausweis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin buchen</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald einen Termin im Dorfbüro oder bei der Verwaltung buchen.</source>
        <translation>Hier können Sie bald einen Termin buchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mitmachen</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald an Umfragen teilnehmen, Ideen einbringen und Mängel melden, zum Beispiel eine defekte Straßenlaterne.</source>
        <translation>Hier können Sie bald mitmachen. Zum Beispiel: Eine kaputte Lampe auf der Straße melden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</source>
        <translation>Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Barrierefreiheit</source>
        <translation>Leichter benutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald die Schrift vergrößern, den Kontrast erhöhen und sich Texte vorlesen lassen.</source>
        <translation>Hier können Sie bald die Schrift größer machen. Und sich Texte vorlesen lassen.</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-259"/>
        <source>Wofür brauchen Sie einen Termin?</source>
        <translation>Wofür brauchen Sie einen Termin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin absagen oder ändern</source>
        <translation>Termin absagen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Buchungscode und Namen</source>
        <translation>Mit Buchungs-Code und Namen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Termin buchen</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Hier kann man im Moment keinen Termin buchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freie Termine für diese Dienstleistung</source>
        <translation>Freie Termine für dieses Angebot</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+107"/>
        <source>Dienstleistungen</source>
        <translation>Dienst-Leistungen</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_list.py" line="+85"/>
        <source>Buchstabe %1</source>
        <translation>Buchstabe %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier gibt es noch keine Dienstleistungen.</source>
        <translation>Hier gibt es noch keine Dienst-Leistungen.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_page.py" line="+81"/>
        <source>Diese Dienstleistung gibt es nicht mehr.</source>
        <translation>Diese Dienst-Leistung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dienstleistung</source>
        <translation>Dienst-Leistung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dieser Inhalt ist nur auf Deutsch verfügbar.</source>
        <translation>Diesen Text gibt es nur in normalem Deutsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termin buchen</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einen freien Termin suchen</source>
        <translation>Einen freien Termin suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das bringen Sie mit</source>
        <translation>Das bringen Sie mit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voraussetzungen</source>
        <translation>Das brauchen Sie vorher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kosten</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wie lange es dauert</source>
        <translation>So lange dauert es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ausführlich</source>
        <translation>Alles genau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rechtsgrundlage: {law}</source>
        <translation>Gesetz: {law}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wo und wann</source>
        <translation>Wo und wann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefon: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>E-Mail: {email}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mitnehmen</source>
        <translation>Mitnehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mit dem Handy scannen: Diese Seite im Internet öffnen.</source>
        <translation>Mit dem Handy scannen: Dann sehen Sie diese Seite im Internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf Papier ausdrucken</source>
        <translation>Auf Papier drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>Mit dem Drucker im Dorf-Büro</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.</source>
        <translation>Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="-75"/>
        <source>Montag</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstag</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittwoch</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freitag</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>ServicesOverviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+16"/>
        <source>Was möchten Sie erledigen?</source>
        <translation>Was möchten Sie machen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suchen, zum Beispiel: Personalausweis</source>
        <translation>Suchen, zum Beispiel: Ausweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstleistung suchen</source>
        <translation>Dienst-Leistung suchen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle Dienstleistungen von A bis Z</source>
        <translation>Alle Dienst-Leistungen von A bis Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Dienstleistungen als Liste</source>
        <translation>Alle Angebote als Liste</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lebenslagen</source>
        <translation>Was ist bei Ihnen los?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Dienstleistung</source>
        <translation>1 Dienst-Leistung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Dienstleistungen</source>
        <translation>
            <numerusform>%n Dienst-Leistung</numerusform>
            <numerusform>%n Dienst-Leistungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themen</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Dienstleistungen zu diesem Thema</source>
        <translation>Die Angebote zu diesem Thema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch sind keine Dienstleistungen geladen. Das Team im Dorfbüro hilft Ihnen gern persönlich weiter.</source>
        <translation>Es gibt noch keine Dienst-Leistungen. Das Dorf-Büro hilft Ihnen gern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dienstleistungen</source>
        <translation>Dienst-Leistungen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort, zum Beispiel „Ausweis“, „Umzug“ oder „Rente“.</source>
        <translation>Wir haben nichts gefunden. Versuchen Sie ein anderes Wort. Zum Beispiel: „Ausweis“, „Umzug“ oder „Rente“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Von A bis Z</source>
        <translation>Von A bis Z</translation>
    </message>
</context>
<context>
    <name>SlotPickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="-184"/>
        <source>Zeigt die freien Zeiten dieser Leistung</source>
        <translation>Zeigt die freien Zeiten für dieses Angebot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorheriger Tag</source>
        <translation>Tag vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages davor</source>
        <translation>Freie Zeiten am Tag davor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächster Tag</source>
        <translation>Tag danach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages danach</source>
        <translation>Freie Zeiten am Tag danach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bucht diese Zeit sofort</source>
        <translation>Bucht diese Zeit sofort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wählt diese Zeit; danach Name und Telefon</source>
        <translation>Wählt diese Zeit. Danach kommen Name und Telefon.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An diesem Tag ist nichts mehr frei.</source>
        <translation>An diesem Tag ist nichts mehr frei.</translation>
    </message>
</context>
<context>
    <name>StaffDeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/desk.py" line="+136"/>
        <source>Termine</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: die Termine von heute, eines Tages oder der Woche</source>
        <translation>Seite: Termine von heute, von einem Tag oder von der Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Aufmerksamkeit</source>
        <translation>Bitte ansehen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Seite: Konflikte und abgelehnte Einträge klären</source>
        <translation>Seite: Probleme mit Terminen klären</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisation</source>
        <translation>Abgleich mit dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Verbindung zum Server und wartende Einträge</source>
        <translation>Seite: Verbindung zum Server. Und Einträge, die noch warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeit sperren</source>
        <translation>Zeit sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: eine Schließung oder Krankheit eintragen</source>
        <translation>Seite: Hier tragen Sie ein: Das Büro ist zu. Oder jemand ist krank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwaltung</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Einstellungen dieses Terminals</source>
        <translation>Seite: Einstellungen von diesem Kiosk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abmelden</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beendet den Modus für Mitarbeitende und zeigt die Startseite</source>
        <translation>Beendet den Bereich für Mitarbeiter. Dann kommt die Start-Seite.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dienstplatz</source>
        <translation>Arbeits-Platz</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-101"/>
        <source>Der Termin war schon vergeben, als die Buchung beim Server ankam.</source>
        <translation>Der Termin war schon weg. Der Server hat die Buchung zu spät bekommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Rufen Sie die Person an. Buchen Sie einen neuen Termin („Neu buchen“). Oder sagen Sie ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Zeit war einem anderen Terminal zugeteilt und dort schon vergeben.</source>
        <translation>Die Zeit war für einen anderen Kiosk. Dort war sie schon weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).</source>
        <translation>Rufen Sie die Person an. Buchen Sie einen neuen Termin („Neu buchen“).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Diese Zeit gibt es im Kalender nicht mehr (zum Beispiel gesperrt).</source>
        <translation>Diese Zeit gibt es nicht mehr im Kalender. Zum Beispiel: Die Zeit ist gesperrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Buchung kam zu kurzfristig beim Server an.</source>
        <translation>Die Buchung kam zu spät beim Server an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Termin liegt weiter in der Zukunft als erlaubt.</source>
        <translation>Der Termin ist zu weit weg in der Zukunft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie einen früheren Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Buchen Sie einen früheren Termin („Neu buchen“). Oder sagen Sie ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Server hatte keinen Kalender für dieses Dorfbüro.</source>
        <translation>Der Server hatte keinen Kalender für dieses Dorf-Büro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte melden Sie das der IT: Sie richtet den Kalender ein und kann solche Buchungen dann neu prüfen lassen. Oder rufen Sie die Person an und buchen Sie neu („Neu buchen“).</source>
        <translation>Bitte sagen Sie das der IT. Die IT macht den Kalender. Dann kann sie solche Buchungen neu prüfen. Oder: Rufen Sie die Person an. Buchen Sie neu („Neu buchen“).</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/store_messages.py" line="+21"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Bitte schreiben Sie Ihren Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides.</source>
        <translation>Wir finden keinen Termin mit diesem Code und diesem Namen. Bitte prüfen Sie beides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.</source>
        <translation>Diesen Termin hat gerade jemand anderes genommen. Bitte wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin wird an einem anderen Terminal vergeben. Bitte wählen Sie eine andere Zeit.</source>
        <translation>Diesen Termin gibt es an einem anderen Kiosk. Bitte wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.</source>
        <translation>Dieser Termin ist zu bald. Bitte wählen Sie eine spätere Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin liegt zu weit in der Zukunft.</source>
        <translation>Dieser Termin ist zu weit weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.</source>
        <translation>Diesen Termin gibt es nicht mehr. Bitte wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Leistung kann man hier keinen Termin buchen.</source>
        <translation>Für dieses Angebot können Sie hier keinen Termin buchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Hier kann man im Moment keinen Termin buchen.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="+32"/>
        <source>Nicht angemeldet</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warten</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nichts zu senden</source>
        <translation>nichts zu senden</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/sync_page.py" line="+61"/>
        <source>Synchronisation</source>
        <translation>Abgleich mit dem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzte Synchronisation</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warten auf Versand</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ältester Eintrag</source>
        <translation>Ältester Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>Bitte ansehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzter Fehler</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt synchronisieren</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendet wartende Einträge sofort und holt Neues vom Server</source>
        <translation>Schickt wartende Einträge sofort. Und holt Neues vom Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kein Server eingerichtet (nur dieses Terminal)</source>
        <translation>Kein Server da (nur dieser Kiosk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vom Server abgewiesen – Terminal neu anmelden</source>
        <translation>Der Server will nicht. Bitte Kiosk neu anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seit</source>
        <translation>seit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronisation läuft …</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Server eingerichtet.</source>
        <translation>Kein Server da.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+55"/>
        <source>Vielen Dank!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Antworten sind gespeichert. Sie werden an die Verwaltung übertragen, sobald das Terminal mit dem Server verbunden ist.</source>
        <translation>Ihre Antworten sind gespeichert. Sie gehen an die Verwaltung, sobald der Kiosk Verbindung hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ihre Nummer für Rückfragen:</source>
        <translation>Ihre Nummer für Fragen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fertig</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Zurück zur Start-Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgeschickt</source>
        <translation>Abgeschickt</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+103"/>
        <source>Bitte tippen Sie auf eine freie Uhrzeit.</source>
        <translation>Bitte tippen Sie auf eine freie Zeit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In den nächsten Wochen ist leider kein Termin frei. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>In den nächsten Wochen ist kein Termin frei. Bitte fragen Sie im Dorf-Büro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diese Uhrzeit wählen</source>
        <translation>Diese Uhr-Zeit wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uhrzeit wählen</source>
        <translation>Zeit wählen</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/top_bar.py" line="+101"/>
        <source>Startseite</source>
        <translation>Start-Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierefreiheit</source>
        <translation>Leichter benutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlesen</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fertig</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zurück zur Startseite</source>
        <translation>Zurück zur Start-Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur vorigen Seite</source>
        <translation>Zurück zur Seite davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine andere Sprache wählen</source>
        <translation>Eine andere Sprache wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Schrift-Größe, Kontrast, Vorlesen und Bedienen im Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Seite vorlesen oder das Vorlesen anhalten</source>
        <translation>Diese Seite vorlesen. Oder das Vorlesen stoppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Beenden und alle Eingaben löschen</source>
        <translation>Beenden. Alles löschen, was Sie geschrieben haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorführversion mit Beispieldaten</source>
        <translation>Zum Vorführen, mit Beispielen</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+54"/>
        <location line="+3"/>
        <source>Neuer Termin</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uhr</source>
        <translation>Uhr</translation>
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
        <translation>Name von der Person. Für diese Person ist der Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (für Rückfragen, freiwillig)</source>
        <translation>Telefon (für Fragen, wenn Sie wollen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Für Rückfragen; freiwillig</source>
        <translation>Für Fragen. Sie müssen das nicht ausfüllen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucht den Termin sofort und zeigt ihn in der Liste</source>
        <translation>Bucht den Termin sofort. Dann steht er in der Liste.</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+22"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nein</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-232"/>
        <source>Montag</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Januar</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Februar</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>März</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mai</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juli</source>
        <translation>Juli</translation>
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
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezember</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday}, {day}. {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{weekday}, {day}. {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="-436"/>
        <source>Umfrage</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideen</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mängelmelder</source>
        <translation>Schaden melden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Bitte beantworten Sie diese Frage.</source>
        <translation>Bitte beantworten Sie diese Frage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text ist zu lang.</source>
        <translation>Der Text ist zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text enthält ein Zeichen, das nicht erlaubt ist.</source>
        <translation>In dem Text ist ein Zeichen, das nicht geht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine Zahl ein.</source>
        <translation>Bitte schreiben Sie eine Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine ganze Zahl ein.</source>
        <translation>Bitte schreiben Sie eine ganze Zahl. Ohne Komma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zahl liegt außerhalb des erlaubten Bereichs.</source>
        <translation>Die Zahl ist zu groß oder zu klein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie mehr Antworten aus.</source>
        <translation>Bitte wählen Sie mehr Antworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie weniger Antworten aus.</source>
        <translation>Bitte wählen Sie weniger Antworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie ein Datum.</source>
        <translation>Bitte wählen Sie ein Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de).</source>
        <translation>Das ist keine E-Mail-Adresse. So sieht eine aus: name@beispiel.de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie nur Ziffern, Leerzeichen und + ein.</source>
        <translation>Bitte nur Ziffern, Leer-Zeichen und + schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie auch die Straße.</source>
        <translation>Bitte wählen Sie auch die Straße.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort passt nicht.</source>
        <translation>Diese Antwort passt nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– nicht beantwortet –</source>
        <translation>– keine Antwort –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n von 5</numerusform>
            <numerusform>%n von 5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein bestimmter Ort</source>
        <translation>Kein bestimmter Ort</translation>
    </message>
</context>
</TS>
