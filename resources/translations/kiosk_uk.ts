<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="+68"/>
        <source>Telefon: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>Ел. пошта: {email}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausgedruckt am Dorfkiosk, {date}</source>
        <translation>Надруковано в сільському кіоску, {date}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hier ist leider kein Drucker angeschlossen. Scannen Sie den QR-Code mit Ihrem Handy oder fragen Sie im Dorfbüro nach einem Ausdruck.</source>
        <translation>На жаль, тут немає принтера. Відскануйте QR-код телефоном або попросіть роздруківку в сільському бюро.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Drucker meldet einen Fehler. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>Принтер повідомляє про помилку. Будь ласка, зверніться до сільського бюро.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/printout.py" line="+24"/>
        <source>Buchungscode</source>
        <translation>Код запису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wofür</source>
        <translation>Для чого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="+143"/>
        <source>Uhr</source>
        <translation>год.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Де</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="+63"/>
        <source>Hier ist kein Drucker eingerichtet.</source>
        <translation>Тут не налаштовано принтер.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="+41"/>
        <source>{amount} €</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betrag unterschiedlich</source>
        <translation>Сума різна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostenlos</source>
        <translation>безкоштовно</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Jetzt geöffnet</source>
        <translation>Зараз відчинено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jetzt geöffnet bis {time} Uhr</source>
        <translation>Зараз відчинено до {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jetzt geschlossen – öffnet heute um {time} Uhr</source>
        <translation>Зараз зачинено – відчиняється сьогодні о {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jetzt geschlossen – öffnet morgen um {time} Uhr</source>
        <translation>Зараз зачинено – відчиняється завтра о {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt geschlossen – öffnet am {weekday} um {time} Uhr</source>
        <translation>Зараз зачинено – відчиняється в {weekday} о {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jetzt geschlossen – öffnet am {date} um {time} Uhr</source>
        <translation>Зараз зачинено – відчиняється {date} о {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="-33"/>
        <source>Zeit</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Drucker meldet einen Fehler.</source>
        <translation>Принтер повідомляє про помилку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-120"/>
        <source>erwartet</source>
        <translation>очікується</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angekommen</source>
        <translation>прийшов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>не з&apos;явився</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgesagt</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Конфлікт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mi</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fr</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>So</source>
        <translation>Нд</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montag</source>
        <translation>понеділок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>вівторок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>середа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnerstag</source>
        <translation>четвер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>п&apos;ятниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>субота</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonntag</source>
        <translation>неділя</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an anderem Terminal gebucht)</source>
        <translation>(записано на іншому терміналі)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Terminkonflikt</source>
        <translation>Конфлікт записів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termin nicht übernommen</source>
        <translation>Запис не прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie neu („Neu buchen“), senden Sie erneut oder legen Sie ab.</source>
        <translation>Запишіть знову («Записати знову»), надішліть повторно або відкладіть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eingabe nicht übernommen</source>
        <translation>Запис не прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Eingabe ist beim Server nicht angekommen. Erneut senden oder ablegen.</source>
        <translation>Запис не дійшов до сервера. Надішліть повторно або відкладіть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sperre nicht übernommen</source>
        <translation>Блокування не прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sperre gilt nur an diesem Terminal. Erneut senden oder neu anlegen.</source>
        <translation>Блокування діє лише на цьому терміналі. Надішліть повторно або створіть знову.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintrag nicht übernommen</source>
        <translation>Запис не прийнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden oder mit Notiz ablegen.</source>
        <translation>Надішліть повторно або відкладіть з приміткою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Server hat den Eintrag abgelehnt.</source>
        <translation>Сервер відхилив запис.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrifft den Termin von {who}.</source>
        <translation>Стосується запису {who}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>noch nie</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keiner</source>
        <translation>немає</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server hat nicht rechtzeitig geantwortet.</source>
        <translation>Сервер не відповів вчасно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Verbindung zum Server (Netz oder Server nicht erreichbar).</source>
        <translation>Немає з&apos;єднання з сервером (мережа або сервер недоступні).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server kennt dieses Terminal nicht mehr. Bitte IT anrufen (neu anmelden).</source>
        <translation>Сервер більше не знає цей термінал. Будь ласка, зателефонуйте до ІТ (зареєструвати знову).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server hatte einen Fehler. Es wird später erneut versucht.</source>
        <translation>На сервері сталася помилка. Спроба повториться пізніше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine unerwartete Antwort kam zurück (z. B. WLAN-Anmeldeseite).</source>
        <translation>Надійшла неочікувана відповідь (напр. сторінка входу Wi-Fi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übertragung fehlgeschlagen. Es wird später erneut versucht.</source>
        <translation>Передача не вдалася. Спроба повториться пізніше.</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="+124"/>
        <source>Barrierefreiheit</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So können Sie den Kiosk leichter bedienen.</source>
        <translation>Так вам буде легше користуватися кіоском.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schriftgröße</source>
        <translation>Розмір шрифту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Texte werden größer.</source>
        <translation>Усі тексти стають більшими.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Groß</source>
        <translation>Великий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sehr groß</source>
        <translation>Дуже великий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwarze Schrift auf Weiß, gut lesbar bei schwachen Augen.</source>
        <translation>Чорний текст на білому, добре читається при слабкому зорі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoher Kontrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorlesen</source>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Kiosk liest jede Seite vor. Die Taste „Vorlesen“ oben liest sie noch einmal.</source>
        <translation>Кіоск читає кожну сторінку вголос. Кнопка «Читати вголос» прочитає її ще раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Aus</source>
        <translation>Вимк.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>An</source>
        <translation>Увімк.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Diese Seite jetzt vorlesen</source>
        <translation>Прочитати цю сторінку зараз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Kiosk liest diese Seite einmal laut vor.</source>
        <translation>Кіоск один раз прочитає цю сторінку вголос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedienung im Sitzen</source>
        <translation>Керування сидячи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Tasten rücken in den unteren Teil des Bildschirms, gut erreichbar aus dem Rollstuhl.</source>
        <translation>Усі кнопки переміщуються в нижню частину екрана, до них легко дотягнутися з інвалідного візка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diese Einstellungen gelten, bis Sie auf „Fertig“ tippen oder der Kiosk von vorn beginnt.</source>
        <translation>Ці налаштування діють, доки ви не натиснете «Готово» або кіоск не почне спочатку.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/admin_page.py" line="+86"/>
        <source>Verwaltung dieses Terminals</source>
        <translation>Керування цим терміналом</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wartezeit bis zum Neustart</source>
        <translation>Час очікування до перезапуску</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+52"/>
        <source>%n Sekunden</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+13"/>
        <source>Standardsprache</source>
        <translation>Мова за замовчуванням</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Drucker</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Standarddrucker des Systems</source>
        <translation>Стандартний принтер системи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit, bis der Kiosk neu beginnt</source>
        <translation>Час очікування, доки кіоск почне спочатку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>So lange ohne Berührung, bis der Kiosk für die nächste Person neu beginnt</source>
        <translation>Скільки часу без дотику, перш ніж кіоск почне знову для наступної людини</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dieser Sprache beginnt jeder Besuch</source>
        <translation>Кожне відвідування починається цією мовою</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hier kommen Termin-Zettel und Listen heraus</source>
        <translation>Тут друкуються талони на прийом і списки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichert Wartezeit, Sprache und Drucker</source>
        <translation>Зберігає час очікування, мову та принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kioskmodus für Wartung verlassen</source>
        <translation>Вийти з режиму кіоску для обслуговування</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Macht aus dem Kiosk ein normales Fenster; wird protokolliert</source>
        <translation>Перетворює кіоск на звичайне вікно; це записується в журнал</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gespeichert. Die Wartezeit gilt sofort.</source>
        <translation>Збережено. Час очікування діє одразу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kioskmodus verlassen</source>
        <translation>Вийти з режиму кіоску</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kioskmodus verlassen (protokolliert).</source>
        <translation>Вийти з режиму кіоску (записується в журнал).</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+58"/>
        <source>Antwort abwählen</source>
        <translation>Скасувати вибір цієї відповіді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort auswählen</source>
        <translation>Вибрати цю відповідь</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+53"/>
        <source>Zeit</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/context.py" line="+104"/>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+21"/>
        <source>vorläufig</source>
        <translation>попередньо</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/appointments_page.py" line="+129"/>
        <location line="+105"/>
        <source>Heute</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Zeigt die Termine von heute</source>
        <translation>Показує сьогоднішні записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt einen Tag; mit den Pfeilen blättern</source>
        <translation>Показує один день; гортайте стрілками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woche</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation type="vanished">Назад</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation type="vanished">Далі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt eine Woche; mit den Pfeilen blättern</source>
        <translation>Показує один тиждень; гортайте стрілками</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Buchungscode</source>
        <translation>Ім&apos;я або код запису</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name oder Buchungscode eintippen, dann „Suchen“</source>
        <translation>Введіть ім’я або код запису, потім «Шукати»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suche nach Name oder Buchungscode</source>
        <translation>Пошук за ім&apos;ям або кодом запису</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchen</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht Termine nach Name oder Buchungscode</source>
        <translation>Шукає записи за ім’ям або кодом запису</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Neuer Termin</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Bucht einen Termin für jemanden vor Ort oder am Telefon</source>
        <translation>Записує на прийом людину на місці або по телефону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Druckt die Termine von heute; ohne Drucker als PDF</source>
        <translation>Друкує сьогоднішні записи; без принтера — як PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste von heute drucken</source>
        <translation>Надрукувати список на сьогодні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angekommen</source>
        <translation>Прийшов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person des gewählten Termins ist da</source>
        <translation>Одразу позначає: людина з вибраного запису прийшла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erledigt</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: der gewählte Termin ist erledigt</source>
        <translation>Одразу позначає: вибраний запис виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gekommen</source>
        <translation>Не прийшов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person ist nicht gekommen</source>
        <translation>Одразу позначає: людина не прийшла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlegen …</source>
        <translation>Перенести …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für den gewählten Termin</source>
        <translation>Вибирає новий час для вибраного запису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen …</source>
        <translation>Скасувати …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den gewählten Termin ab; fragt vorher nach dem Grund</source>
        <translation>Скасовує вибраний запис; спершу запитує причину</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Zeile antippen: daneben stehen Einzelheiten und was zu tun ist</source>
        <translation>Торкніться рядка: поруч з’являться подробиці й що робити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termine</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blättert eine Woche zurück</source>
        <translation>Повертає на тиждень назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorherige Woche</source>
        <translation>Попередній тиждень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert eine Woche weiter</source>
        <translation>Переходить на тиждень уперед</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Woche</source>
        <translation>Наступний тиждень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blättert einen Tag zurück</source>
        <translation>Повертає на день назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Попередній день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert einen Tag weiter</source>
        <translation>Переходить на день уперед</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächster Tag</source>
        <translation>Наступний день</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suche: „{text}“</source>
        <translation>Пошук: «{text}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woche vom {start} bis {end}</source>
        <translation>Тиждень з {start} по {end}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Keine Termine</source>
        <translation>Немає записів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier ist nichts gebucht.</source>
        <translation>Тут нічого не заброньовано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vorläufig</source>
        <translation>попередньо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Termin verlegen: {who}</source>
        <translation>Перенести запис: {who}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gedruckt.</source>
        <translation>Надруковано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Drucker – als PDF gespeichert: {path}</source>
        <translation>Немає принтера – збережено як PDF: {path}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/attention_page.py" line="+89"/>
        <location line="+5"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Alles erledigt – nichts braucht Aufmerksamkeit.</source>
        <translation>Усе виконано – ніщо не потребує уваги.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Eintrag antippen: was passiert ist und was zu tun ist</source>
        <translation>Торкніться запису: що сталося і що робити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz (z. B. „angerufen, neuer Termin“)</source>
        <translation>Примітка (напр. «зателефонували, новий запис»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was Sie getan haben, z. B. wen Sie angerufen haben; wird mit abgelegt</source>
        <translation>Що ви зробили, напр. кому зателефонували; зберігається разом із записом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu buchen …</source>
        <translation>Записати знову …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für diesen Termin</source>
        <translation>Вибирає новий час для цього запису</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin sofort ab und legt den Eintrag ab</source>
        <translation>Одразу скасовує запис і відкладає цей пункт в архів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden</source>
        <translation>Надіслати повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schickt den Eintrag noch einmal an den Server</source>
        <translation>Надсилає запис на сервер ще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablegen</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt den Eintrag mit der Notiz ab; er verschwindet aus der Liste</source>
        <translation>Відкладає запис разом із приміткою; він зникає зі списку</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Was ist passiert?</source>
        <translation>Що сталося?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was ist zu tun?</source>
        <translation>Що потрібно зробити?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tel.</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neu buchen: {who}</source>
        <translation>Записати знову: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erledigt.</source>
        <translation>Виконано.</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/block_page.py" line="+104"/>
        <source>Zeit sperren (Schließung, Krankheit)</source>
        <translation>Заблокувати час (закриття, хвороба)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Попередній день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag davor</source>
        <translation>Показує попередній день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächster Tag</source>
        <translation>Наступний день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag danach</source>
        <translation>Показує наступний день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von</source>
        <translation>Від</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn der Sperre</source>
        <translation>Початок блокування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ende der Sperre</source>
        <translation>Кінець блокування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesende</source>
        <translation>Кінець дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganzer Tag</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt den Tag von Beginn bis Ende</source>
        <translation>Вибирає весь день від початку до кінця</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcher Bereich gesperrt wird, oder alle</source>
        <translation>Яку ділянку заблоковано, або всі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bereich</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Bereiche</source>
        <translation>Усі напрями</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>von</source>
        <translation>від</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grund (z. B. Krankheit)</source>
        <translation>Причина (напр. хвороба)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steht bei der Sperre, z. B. Krankheit</source>
        <translation>Показується біля блокування, напр. хвороба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund der Sperre</source>
        <translation>Причина блокування</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeit sperren</source>
        <translation>Заблокувати час</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperrt die gewählte Zeit sofort; betroffene Termine stehen dann unten</source>
        <translation>Одразу блокує вибраний час; записи, яких це стосується, з’являться нижче</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termine in der gesperrten Zeit: diese Personen bitte anrufen</source>
        <translation>Записи в заблокований час: будь ласка, зателефонуйте цим людям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betroffene Termine</source>
        <translation>Записи, яких це стосується</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gesperrt. Neue Buchungen sind dort nicht mehr möglich.</source>
        <translation>Заблоковано. Нові записи там більше неможливі.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Termine betroffen – bitte die Personen anrufen:</source>
        <translation>
            <numerusform>%n запис зачеплено – будь ласка, зателефонуйте людям:</numerusform>
            <numerusform>%n записи зачеплено – будь ласка, зателефонуйте людям:</numerusform>
            <numerusform>%n записів зачеплено – будь ласка, зателефонуйте людям:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine gebuchten Termine betroffen.</source>
        <translation>Жодних заброньованих записів не зачеплено.</translation>
    </message>
</context>
<context>
    <name>CancelScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+546"/>
        <source>Geben Sie Ihren Buchungscode und Ihren Namen ein. Einen neuen Termin buchen Sie danach wie gewohnt.</source>
        <translation>Введіть код запису та своє ім&apos;я. Потім ви, як завжди, зможете записатися знову.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Buchungscode</source>
        <translation>Код запису</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ihr Name</source>
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+267"/>
        <location line="+3"/>
        <source>Termin absagen</source>
        <translation>Скасувати запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich absagen</source>
        <translation>Остаточно скасувати запис</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Termin absagen oder ändern</source>
        <translation>Скасувати або змінити запис</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ihr Termin am {date} um {time} Uhr ist abgesagt.</source>
        <translation>Ваш запис на {date} о {time} скасовано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+1"/>
        <location line="+4"/>
        <source>Grund der Absage</source>
        <translation>Причина скасування</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Grund eintippen oder oben einen antippen</source>
        <translation>Введіть причину або торкніться однієї вгорі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürger/in hat abgesagt</source>
        <translation>Громадянин скасував</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Krankheit</source>
        <translation>Хвороба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorfbüro geschlossen</source>
        <translation>Сільське бюро зачинене</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernimmt diesen Grund ins Feld</source>
        <translation>Вставляє цю причину в поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin endgültig ab</source>
        <translation>Остаточно скасовує запис</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-147"/>
        <source>Ihr Termin ist vorläufig gebucht</source>
        <translation>Ваш запис попередньо оформлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Termin ist gebucht</source>
        <translation>Ваш запис оформлено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorläufig: Die Verwaltung bestätigt den Termin, sobald das Terminal sie erreicht. Sollte er doch schon vergeben sein, meldet sich das Dorfbüro bei Ihnen.</source>
        <translation>Попередньо: адміністрація підтвердить запис, щойно термінал з&apos;єднається з нею. Якщо час уже зайнятий, сільське бюро зв&apos;яжеться з вами.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ihr Buchungscode</source>
        <translation>Ваш код запису</translation>
    </message>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">{time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wofür</source>
        <translation>Для чого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Де</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte mitbringen:</source>
        <translation>Будь ласка, візьміть із собою:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mit dem Handy scannen: Termin in den Kalender</source>
        <translation>Відскануйте телефоном: додати запис до календаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>На принтері в сільському бюро</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fertig</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Назад на головну сторінку</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bestätigung</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wird gedruckt …</source>
        <translation>Друкується …</translation>
    </message>
</context>
<context>
    <name>CornerButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/mode.py" line="+58"/>
        <source>Für Mitarbeitende</source>
        <translation>Для працівників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für Mitarbeitende: gedrückt halten</source>
        <translation>Для працівників: натисніть і утримуйте</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+201"/>
        <source>Tag</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monat</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Heute</source>
        <translation>Сьогодні</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <location filename="../../kiosk/ui/accessibility/descriptions.py" line="+36"/>
        <source>Eingabefeld: tippen, dann schreiben</source>
        <translation>Поле введення: торкніться, потім пишіть</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auswahlliste: tippen, dann wählen</source>
        <translation>Список вибору: торкніться, потім виберіть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl: mit den Pfeilen ändern</source>
        <translation>Число: змініть стрілками</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liste: einen Eintrag antippen, um ihn zu öffnen</source>
        <translation>Список: торкніться пункту, щоб відкрити його</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste: eine Zeile antippen, um sie auszuwählen</source>
        <translation>Список: торкніться рядка, щоб вибрати його</translation>
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
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (freiwillig)</source>
        <translation>Телефон (за бажанням)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-Mail (freiwillig)</source>
        <translation>Ел. пошта (за бажанням)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz: Wir speichern Ihren Namen und – wenn Sie sie angeben – Telefon und E-Mail nur für diesen Termin. Sehen können sie die Mitarbeitenden des Dorfbüros und der Verwaltung, die den Termin anbietet. Auf diesem Gerät werden die Angaben {days} Tage nach dem Termin gelöscht, bei der Verwaltung nach deren Aufbewahrungsregeln.</source>
        <translation>Захист даних: ми зберігаємо ваше ім&apos;я та – якщо ви їх вкажете – телефон і ел. пошту лише для цього запису. Їх можуть бачити працівники сільського бюро та адміністрації, яка пропонує запис. На цьому пристрої дані видаляються через {days} днів після запису, в адміністрації – згідно з її правилами зберігання.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buchen</source>
        <translation>Записатися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich buchen</source>
        <translation>Остаточно записатися</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ihre Angaben</source>
        <translation>Ваші дані</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Будь ласка, введіть своє ім&apos;я.</translation>
    </message>
</context>
<context>
    <name>FormListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+161"/>
        <source>Machen Sie mit!</source>
        <translation>Долучайтеся!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Meinung zählt: Beantworten Sie eine Umfrage, schlagen Sie etwas vor oder melden Sie einen Schaden. Ohne Anmeldung, auch ohne Internet.</source>
        <translation>Ваша думка важлива: дайте відповідь в опитуванні, запропонуйте щось або повідомте про пошкодження. Без реєстрації, навіть без інтернету.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mitmachen</source>
        <translation>Долучитися</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zurzeit gibt es hier nichts zum Mitmachen.</source>
        <translation>Зараз тут немає в чому взяти участь.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ergebnisse abgeschlossener Umfragen</source>
        <translation>Результати завершених опитувань</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Ergebnisse dieser Umfrage zeigen</source>
        <translation>Показати результати цього опитування</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="+85"/>
        <source>Guten Tag!</source>
        <translation>Добрий день!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld.</source>
        <translation>Чим ми можемо вам допомогти? Натисніть на поле.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dienstleistungen</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was brauche ich für …?</source>
        <translation>Що мені потрібно для …?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termin buchen</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einen Termin im Dorfbüro vereinbaren</source>
        <translation>Домовитися про прийом у сільському бюро</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitmachen</source>
        <translation>Долучитися</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfragen, Ideen und Mängel melden</source>
        <translation>Опитування, ідеї та повідомлення про проблеми</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprache wählen</source>
        <translation>Вибрати мову</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Schrift und Vorlesen</source>
        <translation>Більший шрифт і читання вголос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache</source>
        <translation>Німецька, англійська, турецька, українська, арабська або проста німецька</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Розмір шрифту, контраст, читання вголос і користування сидячи</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/idle_prompt.py" line="+110"/>
        <source>Sind Sie noch da?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wenn niemand mehr den Bildschirm berührt, beginnt der Kiosk gleich von vorn. Alle Eingaben werden dann gelöscht.</source>
        <translation>Якщо ніхто не торкатиметься екрана, кіоск незабаром почне спочатку. Усе введене буде видалено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weiter</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu beginnen</source>
        <translation>Почати спочатку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mehr Zeit</source>
        <translation>Більше часу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie bekommen doppelt so viel Zeit, bevor der Kiosk von vorn beginnt.</source>
        <translation>Ви отримаєте вдвічі більше часу, перш ніж кіоск почне спочатку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier weitermachen</source>
        <translation>Продовжити тут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Eingaben löschen</source>
        <translation>Видалити все введене</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Noch 1 Sekunde</source>
        <translation>Залишилася 1 секунда</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Noch %n Sekunden</source>
        <translation>
            <numerusform>Залишилася %n секунда</numerusform>
            <numerusform>Залишилося %n секунди</numerusform>
            <numerusform>Залишилося %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+32"/>
        <source>Datenschutz</source>
        <translation>Захист даних</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anzahl der Fragen: %n</source>
        <translation>
            <numerusform>Кількість запитань: %n</numerusform>
            <numerusform>Кількість запитань: %n</numerusform>
            <numerusform>Кількість запитань: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los geht&apos;s</source>
        <translation>Почнімо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der ersten Frage beginnen</source>
        <translation>Почати з першого питання</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/language.py" line="+77"/>
        <source>Sprache</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte wählen Sie Ihre Sprache.</source>
        <translation>Будь ласка, виберіть свою мову.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte, die es nicht in Ihrer Sprache gibt, zeigen wir auf Deutsch. Am Ende Ihres Besuchs spricht der Kiosk wieder Deutsch.</source>
        <translation>Тексти, яких немає вашою мовою, ми показуємо німецькою. Наприкінці вашого візиту кіоск знову говорить німецькою.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danach beginnen Sie wieder auf der Startseite.</source>
        <translation>Потім ви знову почнете з головної сторінки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Bedienung auf diese Sprache umstellen</source>
        <translation>Перемкнути кіоск на цю мову</translation>
    </message>
</context>
<context>
    <name>LocationInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+70"/>
        <source>Kein bestimmter Ort</source>
        <translation>Без певного місця</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Straße:</source>
        <translation>Вулиця:</translation>
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
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation>Введення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerzeichen</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tastatur ausblenden</source>
        <translation>Сховати клавіатуру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schreibt dieses Zeichen</source>
        <translation>Вводить цей символ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löscht das Zeichen vor dem Cursor</source>
        <translation>Видаляє символ перед курсором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beendet die Eingabe in diesem Feld</source>
        <translation>Завершує введення в цьому полі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schreibt ein Leerzeichen</source>
        <translation>Вводить пробіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blendet die Tastatur aus; ein Tipp in ein Feld zeigt sie wieder</source>
        <translation>Ховає клавіатуру; дотик до поля знову її покаже</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ausblenden</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zahlen und Zeichen</source>
        <translation>Цифри та символи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buchstaben</source>
        <translation>Літери</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wechselt zu Zahlen und Zeichen</source>
        <translation>Перемикає на цифри та символи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wechselt zu den Buchstaben</source>
        <translation>Перемикає на літери</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Feststelltaste an</source>
        <translation>Caps Lock увімкнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Buchstabe wird groß; zweimal tippen: alle groß</source>
        <translation>Наступна літера буде великою; двічі торкніться: усі великі</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/login.py" line="+109"/>
        <source>Anmeldung für Mitarbeitende</source>
        <translation>Вхід для працівників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer sind Sie?</source>
        <translation>Хто ви?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf diesem Terminal gibt es noch keine Konten für Mitarbeitende. Sie kommen mit der nächsten Synchronisation vom Server.</source>
        <translation>На цьому терміналі ще немає облікових записів працівників. Вони надійдуть з наступною синхронізацією із сервером.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name: antippen, dann die PIN eingeben</source>
        <translation>Ваше ім’я: торкніться, потім введіть PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ziffer der PIN</source>
        <translation>Цифра PIN-коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löscht die letzte Ziffer</source>
        <translation>Видаляє останню цифру</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Anmelden</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prüft die PIN und öffnet den Dienstplatz</source>
        <translation>Перевіряє PIN і відкриває робоче місце персоналу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mitarbeitende</source>
        <translation>Працівники</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PIN, %n Ziffern eingegeben</source>
        <translation>
            <numerusform>PIN, введено %n цифру</numerusform>
            <numerusform>PIN, введено %n цифри</numerusform>
            <numerusform>PIN, введено %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bitte tippen Sie zuerst auf Ihren Namen.</source>
        <translation>Будь ласка, спочатку натисніть на своє ім&apos;я.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die PIN hat mindestens 6 Ziffern.</source>
        <translation>PIN має щонайменше 6 цифр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN wird geprüft …</source>
        <translation>PIN перевіряється …</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Zu viele falsche PINs. Bitte warten Sie noch %n Sekunden.</source>
        <translation>
            <numerusform>Забагато неправильних PIN. Будь ласка, зачекайте ще %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN. Будь ласка, зачекайте ще %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN. Будь ласка, зачекайте ще %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sie können es jetzt erneut versuchen.</source>
        <translation>Тепер можна спробувати знову.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/placeholder.py" line="+93"/>
        <source>Dieser Bereich ist noch im Aufbau</source>
        <translation>Цей розділ ще в розробці</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.</source>
        <translation>До того часу команда сільського бюро охоче допоможе вам особисто.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zur Startseite</source>
        <translation>На головну сторінку</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+43"/>
        <source>Frage {n} von {total}</source>
        <translation>Запитання {n} з {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freiwillig – Sie können diese Frage überspringen.</source>
        <translation>Необов&apos;язково – це запитання можна пропустити.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sie können bis zu %n Antworten wählen.</source>
        <translation>
            <numerusform>Можна вибрати до %n відповіді.</numerusform>
            <numerusform>Можна вибрати до %n відповідей.</numerusform>
            <numerusform>Можна вибрати до %n відповідей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie können mehrere Antworten wählen.</source>
        <translation>Можна вибрати кілька відповідей.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zurück</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>До попереднього кроку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernehmen</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weiter</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort übernehmen und weiter</source>
        <translation>Зберегти відповідь і далі</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="-160"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n з 5</numerusform>
            <numerusform>%n з 5</numerusform>
            <numerusform>%n з 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+224"/>
        <source>Ergebnis der Umfrage – Teilnahmen: %n</source>
        <translation>
            <numerusform>Результат опитування – учасників: %n</numerusform>
            <numerusform>Результат опитування – учасників: %n</numerusform>
            <numerusform>Результат опитування – учасників: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ja</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stimme</source>
        <translation>голос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stimmen</source>
        <translation>голосів</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ergebnisse</source>
        <translation>Результати</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location line="-188"/>
        <source>Bitte prüfen Sie Ihre Antworten</source>
        <translation>Будь ласка, перевірте свої відповіді</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zurück</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>До попереднього кроку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absenden</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Antworten abschicken</source>
        <translation>Надіслати ваші відповіді</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ändern</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort ändern</source>
        <translation>Змінити цю відповідь</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <location filename="../../kiosk/ui/routes.py" line="+30"/>
        <source>Dienstleistungen</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier erfahren Sie bald, was Sie für einen Antrag oder ein Dokument mitbringen müssen – zum Beispiel für einen Personalausweis.</source>
        <translation>Незабаром тут можна буде дізнатися, що потрібно принести для заяви чи документа – наприклад, для посвідчення особи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin buchen</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald einen Termin im Dorfbüro oder bei der Verwaltung buchen.</source>
        <translation>Незабаром тут можна буде записатися на прийом у сільському бюро або в адміністрації.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mitmachen</source>
        <translation>Долучитися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald an Umfragen teilnehmen, Ideen einbringen und Mängel melden, zum Beispiel eine defekte Straßenlaterne.</source>
        <translation>Незабаром тут можна буде брати участь в опитуваннях, пропонувати ідеї та повідомляти про проблеми, наприклад про несправний ліхтар.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sprache</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</source>
        <translation>Незабаром тут можна буде вибрати іншу мову: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Barrierefreiheit</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald die Schrift vergrößern, den Kontrast erhöhen und sich Texte vorlesen lassen.</source>
        <translation>Незабаром тут можна буде збільшити шрифт, підвищити контраст і прослухати тексти вголос.</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-259"/>
        <source>Wofür brauchen Sie einen Termin?</source>
        <translation>Для чого вам потрібен запис?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin absagen oder ändern</source>
        <translation>Скасувати або змінити запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Buchungscode und Namen</source>
        <translation>За кодом бронювання та ім&apos;ям</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Termin buchen</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Зараз тут не можна записатися на прийом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freie Termine für diese Dienstleistung</source>
        <translation>Вільні терміни для цієї послуги</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+107"/>
        <source>Dienstleistungen</source>
        <translation>Послуги</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_list.py" line="+85"/>
        <source>Buchstabe %1</source>
        <translation>Літера %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier gibt es noch keine Dienstleistungen.</source>
        <translation>Тут ще немає послуг.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_page.py" line="+81"/>
        <source>Diese Dienstleistung gibt es nicht mehr.</source>
        <translation>Цієї послуги більше немає.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dienstleistung</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dieser Inhalt ist nur auf Deutsch verfügbar.</source>
        <translation>Цей вміст доступний лише німецькою.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termin buchen</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einen freien Termin suchen</source>
        <translation>Знайти вільний термін</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das bringen Sie mit</source>
        <translation>Що взяти з собою</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voraussetzungen</source>
        <translation>Умови</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kosten</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wie lange es dauert</source>
        <translation>Скільки це триває</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ausführlich</source>
        <translation>Докладно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rechtsgrundlage: {law}</source>
        <translation>Правова основа: {law}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wo und wann</source>
        <translation>Де і коли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefon: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>Ел. пошта: {email}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mitnehmen</source>
        <translation>Взяти з собою</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mit dem Handy scannen: Diese Seite im Internet öffnen.</source>
        <translation>Відскануйте телефоном: відкрити цю сторінку в інтернеті.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf Papier ausdrucken</source>
        <translation>Надрукувати на папері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>На принтері в сільському бюро</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.</source>
        <translation>Аркуш друкується. Будь ласка, заберіть його з принтера.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="-75"/>
        <source>Montag</source>
        <translation>понеділок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstag</source>
        <translation>вівторок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittwoch</source>
        <translation>середа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>четвер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freitag</source>
        <translation>п&apos;ятниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>субота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>неділя</translation>
    </message>
</context>
<context>
    <name>ServicesOverviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+16"/>
        <source>Was möchten Sie erledigen?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suchen, zum Beispiel: Personalausweis</source>
        <translation>Шукайте, наприклад: посвідчення особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstleistung suchen</source>
        <translation>Шукати послугу</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle Dienstleistungen von A bis Z</source>
        <translation>Усі послуги від А до Я</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Dienstleistungen als Liste</source>
        <translation>Усі послуги списком</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lebenslagen</source>
        <translation>Життєві ситуації</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Dienstleistung</source>
        <translation>1 послуга</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Dienstleistungen</source>
        <translation>
            <numerusform>%n послуга</numerusform>
            <numerusform>%n послуги</numerusform>
            <numerusform>%n послуг</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themen</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Dienstleistungen zu diesem Thema</source>
        <translation>Послуги на цю тему</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch sind keine Dienstleistungen geladen. Das Team im Dorfbüro hilft Ihnen gern persönlich weiter.</source>
        <translation>Послуги ще не завантажено. Команда сільського бюро охоче допоможе вам особисто.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dienstleistungen</source>
        <translation>Послуги</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort, zum Beispiel „Ausweis“, „Umzug“ oder „Rente“.</source>
        <translation>Ми нічого не знайшли. Спробуйте інше слово, наприклад «посвідчення», «переїзд» або «пенсія».</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Von A bis Z</source>
        <translation>Від А до Я</translation>
    </message>
</context>
<context>
    <name>SlotPickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="-184"/>
        <source>Zeigt die freien Zeiten dieser Leistung</source>
        <translation>Показує вільний час для цієї послуги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorheriger Tag</source>
        <translation>Попередній день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages davor</source>
        <translation>Вільний час попереднього дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächster Tag</source>
        <translation>Наступний день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages danach</source>
        <translation>Вільний час наступного дня</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bucht diese Zeit sofort</source>
        <translation>Одразу бронює цей час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wählt diese Zeit; danach Name und Telefon</source>
        <translation>Вибирає цей час; далі ім’я та телефон</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An diesem Tag ist nichts mehr frei.</source>
        <translation>На цей день вільних місць більше немає.</translation>
    </message>
</context>
<context>
    <name>StaffDeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/desk.py" line="+136"/>
        <source>Termine</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: die Termine von heute, eines Tages oder der Woche</source>
        <translation>Сторінка: записи на сьогодні, на день або на тиждень</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Aufmerksamkeit</source>
        <translation>Увага</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Seite: Konflikte und abgelehnte Einträge klären</source>
        <translation>Сторінка: розв’язати конфлікти та відхилені записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisation</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Verbindung zum Server und wartende Einträge</source>
        <translation>Сторінка: з’єднання із сервером і записи в черзі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeit sperren</source>
        <translation>Заблокувати час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: eine Schließung oder Krankheit eintragen</source>
        <translation>Сторінка: внести закриття або хворобу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwaltung</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Einstellungen dieses Terminals</source>
        <translation>Сторінка: налаштування цього терміналу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abmelden</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beendet den Modus für Mitarbeitende und zeigt die Startseite</source>
        <translation>Завершує режим персоналу і показує головну сторінку</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dienstplatz</source>
        <translation>Робоче місце</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-101"/>
        <source>Der Termin war schon vergeben, als die Buchung beim Server ankam.</source>
        <translation>Коли запис дійшов до сервера, цей час уже був зайнятий.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Зателефонуйте людині й запишіть на новий час («Записати знову») або скасуйте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Zeit war einem anderen Terminal zugeteilt und dort schon vergeben.</source>
        <translation>Цей час належав іншому терміналу і там уже був зайнятий.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).</source>
        <translation>Зателефонуйте людині й запишіть на новий час («Записати знову»).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Diese Zeit gibt es im Kalender nicht mehr (zum Beispiel gesperrt).</source>
        <translation>Цього часу більше немає в календарі (наприклад, заблоковано).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Buchung kam zu kurzfristig beim Server an.</source>
        <translation>Запис дійшов до сервера надто пізно перед прийомом.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Termin liegt weiter in der Zukunft als erlaubt.</source>
        <translation>Запис призначено далі в майбутньому, ніж дозволено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie einen früheren Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Запишіть на раніший час («Записати знову») або скасуйте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Server hatte keinen Kalender für dieses Dorfbüro.</source>
        <translation>На сервері не було календаря для цього сільського офісу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte melden Sie das der IT: Sie richtet den Kalender ein und kann solche Buchungen dann neu prüfen lassen. Oder rufen Sie die Person an und buchen Sie neu („Neu buchen“).</source>
        <translation>Будь ласка, повідомте ІТ: вони налаштують календар і зможуть знову перевірити такі записи. Або зателефонуйте людині й запишіть знову («Записати знову»).</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/store_messages.py" line="+21"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Будь ласка, введіть своє ім&apos;я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides.</source>
        <translation>Ми не знаходимо запису з цим кодом та ім’ям. Будь ласка, перевірте обидва.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.</source>
        <translation>Цей час щойно зайняли. Будь ласка, виберіть інший час.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin wird an einem anderen Terminal vergeben. Bitte wählen Sie eine andere Zeit.</source>
        <translation>Цей час видається на іншому терміналі. Будь ласка, виберіть інший час.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.</source>
        <translation>Цей час надто скоро. Будь ласка, виберіть пізніший час.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin liegt zu weit in der Zukunft.</source>
        <translation>Цей час надто далеко в майбутньому.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.</source>
        <translation>Цього часу немає (вже немає). Будь ласка, виберіть інший час.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Leistung kann man hier keinen Termin buchen.</source>
        <translation>На цю послугу тут не можна записатися.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Зараз тут не можна записатися на прийом.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="+32"/>
        <source>Nicht angemeldet</source>
        <translation>Не виконано вхід</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>З&apos;єднання …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warten</source>
        <translation>
            <numerusform>%n очікує</numerusform>
            <numerusform>%n очікують</numerusform>
            <numerusform>%n очікують</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nichts zu senden</source>
        <translation>нічого надсилати</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/sync_page.py" line="+61"/>
        <source>Synchronisation</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung</source>
        <translation>З&apos;єднання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzte Synchronisation</source>
        <translation>Остання синхронізація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warten auf Versand</source>
        <translation>Очікує надсилання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ältester Eintrag</source>
        <translation>Найстаріший запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzter Fehler</source>
        <translation>Остання помилка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt synchronisieren</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendet wartende Einträge sofort und holt Neues vom Server</source>
        <translation>Одразу надсилає записи з черги й отримує нове із сервера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kein Server eingerichtet (nur dieses Terminal)</source>
        <translation>Сервер не налаштовано (лише цей термінал)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vom Server abgewiesen – Terminal neu anmelden</source>
        <translation>Відхилено сервером – зареєструйте термінал знову</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>З&apos;єднання …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seit</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronisation läuft …</source>
        <translation>Синхронізація …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Server eingerichtet.</source>
        <translation>Сервер не налаштовано.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+55"/>
        <source>Vielen Dank!</source>
        <translation>Щиро дякуємо!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Antworten sind gespeichert. Sie werden an die Verwaltung übertragen, sobald das Terminal mit dem Server verbunden ist.</source>
        <translation>Ваші відповіді збережено. Їх буде передано до адміністрації, щойно термінал з&apos;єднається із сервером.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ihre Nummer für Rückfragen:</source>
        <translation>Ваш номер для запитань:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fertig</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Назад на головну сторінку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgeschickt</source>
        <translation>Надіслано</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+103"/>
        <source>Bitte tippen Sie auf eine freie Uhrzeit.</source>
        <translation>Будь ласка, натисніть на вільний час.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In den nächsten Wochen ist leider kein Termin frei. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>На жаль, у найближчі тижні вільних записів немає. Будь ласка, зверніться до сільського бюро.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diese Uhrzeit wählen</source>
        <translation>Вибрати цей час</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uhrzeit wählen</source>
        <translation>Виберіть час</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/top_bar.py" line="+101"/>
        <source>Startseite</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierefreiheit</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlesen</source>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fertig</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zurück zur Startseite</source>
        <translation>Назад на головну сторінку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur vorigen Seite</source>
        <translation>Назад на попередню сторінку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine andere Sprache wählen</source>
        <translation>Вибрати іншу мову</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Розмір шрифту, контраст, читання вголос і керування сидячи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Seite vorlesen oder das Vorlesen anhalten</source>
        <translation>Прочитати цю сторінку вголос або зупинити читання</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Beenden und alle Eingaben löschen</source>
        <translation>Завершити й видалити все введене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorführversion mit Beispieldaten</source>
        <translation>Демонстраційна версія з прикладами даних</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+54"/>
        <location line="+3"/>
        <source>Neuer Termin</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uhr</source>
        <translation>год.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name der Person, für die gebucht wird</source>
        <translation>Ім’я людини, для якої робиться запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (für Rückfragen, freiwillig)</source>
        <translation>Телефон (для запитань, за бажанням)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Für Rückfragen; freiwillig</source>
        <translation>Для уточнень; необов’язково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen</source>
        <translation>Записатися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucht den Termin sofort und zeigt ihn in der Liste</source>
        <translation>Одразу робить запис і показує його в списку</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+22"/>
        <source>Ja</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nein</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-232"/>
        <source>Montag</source>
        <translation>понеділок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>вівторок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>середа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>четвер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>п&apos;ятниця</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation>субота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>неділя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Januar</source>
        <translation>січня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Februar</source>
        <translation>лютого</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>März</source>
        <translation>березня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>квітня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mai</source>
        <translation>травня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juni</source>
        <translation>червня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juli</source>
        <translation>липня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>серпня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>вересня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oktober</source>
        <translation>жовтня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>листопада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezember</source>
        <translation>грудня</translation>
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
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morgen</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="-436"/>
        <source>Umfrage</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideen</source>
        <translation>Ідеї</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mängelmelder</source>
        <translation>Повідомити про проблему</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Bitte beantworten Sie diese Frage.</source>
        <translation>Будь ласка, дайте відповідь на це запитання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text ist zu lang.</source>
        <translation>Текст задовгий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text enthält ein Zeichen, das nicht erlaubt ist.</source>
        <translation>Текст містить недозволений символ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine Zahl ein.</source>
        <translation>Будь ласка, введіть число.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine ganze Zahl ein.</source>
        <translation>Будь ласка, введіть ціле число.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zahl liegt außerhalb des erlaubten Bereichs.</source>
        <translation>Число поза дозволеним діапазоном.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie mehr Antworten aus.</source>
        <translation>Будь ласка, виберіть більше відповідей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie weniger Antworten aus.</source>
        <translation>Будь ласка, виберіть менше відповідей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie ein Datum.</source>
        <translation>Будь ласка, виберіть дату.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de).</source>
        <translation>Це не схоже на адресу ел. пошти (name@beispiel.de).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie nur Ziffern, Leerzeichen und + ein.</source>
        <translation>Будь ласка, вводьте лише цифри, пробіли та +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie auch die Straße.</source>
        <translation>Будь ласка, виберіть також вулицю.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort passt nicht.</source>
        <translation>Ця відповідь не підходить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– nicht beantwortet –</source>
        <translation>– без відповіді –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>Ні</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n з 5</numerusform>
            <numerusform>%n з 5</numerusform>
            <numerusform>%n з 5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein bestimmter Ort</source>
        <translation>Без певного місця</translation>
    </message>
</context>
</TS>
