<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="+68"/>
        <source>Telefon: {phone}</source>
        <translation>الهاتف: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>البريد الإلكتروني: {email}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausgedruckt am Dorfkiosk, {date}</source>
        <translation>طُبع في كشك القرية، {date}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hier ist leider kein Drucker angeschlossen. Scannen Sie den QR-Code mit Ihrem Handy oder fragen Sie im Dorfbüro nach einem Ausdruck.</source>
        <translation>للأسف لا توجد طابعة هنا. امسح رمز QR بهاتفك أو اطلب نسخة مطبوعة من مكتب القرية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Drucker meldet einen Fehler. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>الطابعة تبلّغ عن خطأ. يرجى السؤال في مكتب القرية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/printout.py" line="+24"/>
        <source>Buchungscode</source>
        <translation>رمز الحجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wofür</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="+143"/>
        <source>Uhr</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>أين</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="+63"/>
        <source>Hier ist kein Drucker eingerichtet.</source>
        <translation>لا توجد طابعة مُعدّة هنا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="+41"/>
        <source>{amount} €</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betrag unterschiedlich</source>
        <translation>المبلغ متغيّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostenlos</source>
        <translation>مجانًا</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Jetzt geöffnet</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jetzt geöffnet bis {time} Uhr</source>
        <translation>مفتوح الآن حتى الساعة {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jetzt geschlossen – öffnet heute um {time} Uhr</source>
        <translation>مغلق الآن – يفتح اليوم الساعة {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jetzt geschlossen – öffnet morgen um {time} Uhr</source>
        <translation>مغلق الآن – يفتح غدًا الساعة {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt geschlossen – öffnet am {weekday} um {time} Uhr</source>
        <translation>مغلق الآن – يفتح يوم {weekday} الساعة {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jetzt geschlossen – öffnet am {date} um {time} Uhr</source>
        <translation>مغلق الآن – يفتح في {date} الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="-33"/>
        <source>Zeit</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Drucker meldet einen Fehler.</source>
        <translation>الطابعة تبلّغ عن خطأ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-120"/>
        <source>erwartet</source>
        <translation>متوقَّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angekommen</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgesagt</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo</source>
        <translation>إثنين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di</source>
        <translation>ثلاثاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mi</source>
        <translation>أربعاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>خميس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fr</source>
        <translation>جمعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa</source>
        <translation>سبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>So</source>
        <translation>أحد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montag</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnerstag</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonntag</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an anderem Terminal gebucht)</source>
        <translation>(حُجز في جهاز آخر)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Terminkonflikt</source>
        <translation>تعارض في المواعيد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termin nicht übernommen</source>
        <translation>لم يُقبل الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie neu („Neu buchen“), senden Sie erneut oder legen Sie ab.</source>
        <translation>احجز من جديد («حجز جديد»)، أو أعد الإرسال، أو احفظه جانبًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eingabe nicht übernommen</source>
        <translation>لم يُقبل الإدخال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Eingabe ist beim Server nicht angekommen. Erneut senden oder ablegen.</source>
        <translation>لم يصل الإدخال إلى الخادم. أعد الإرسال أو احفظه جانبًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sperre nicht übernommen</source>
        <translation>لم يُقبل الحجب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sperre gilt nur an diesem Terminal. Erneut senden oder neu anlegen.</source>
        <translation>الحجب سارٍ على هذا الجهاز فقط. أعد الإرسال أو أنشئه من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintrag nicht übernommen</source>
        <translation>لم يُقبل القيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden oder mit Notiz ablegen.</source>
        <translation>أعد الإرسال أو احفظه جانبًا مع ملاحظة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Server hat den Eintrag abgelehnt.</source>
        <translation>رفض الخادم القيد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrifft den Termin von {who}.</source>
        <translation>يخص موعد {who}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>noch nie</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keiner</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server hat nicht rechtzeitig geantwortet.</source>
        <translation>لم يُجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Verbindung zum Server (Netz oder Server nicht erreichbar).</source>
        <translation>لا يوجد اتصال بالخادم (الشبكة أو الخادم غير متاح).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server kennt dieses Terminal nicht mehr. Bitte IT anrufen (neu anmelden).</source>
        <translation>الخادم لم يعد يعرف هذا الجهاز. يرجى الاتصال بقسم تقنية المعلومات (تسجيل جديد).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server hatte einen Fehler. Es wird später erneut versucht.</source>
        <translation>حدث خطأ في الخادم. ستتم المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine unerwartete Antwort kam zurück (z. B. WLAN-Anmeldeseite).</source>
        <translation>وصل رد غير متوقع (مثل صفحة تسجيل دخول Wi-Fi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übertragung fehlgeschlagen. Es wird später erneut versucht.</source>
        <translation>فشل النقل. ستتم المحاولة لاحقًا.</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="+124"/>
        <source>Barrierefreiheit</source>
        <translation>سهولة الاستخدام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So können Sie den Kiosk leichter bedienen.</source>
        <translation>هكذا يصبح استخدام الكشك أسهل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schriftgröße</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Texte werden größer.</source>
        <translation>تكبر جميع النصوص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Groß</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sehr groß</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwarze Schrift auf Weiß, gut lesbar bei schwachen Augen.</source>
        <translation>كتابة سوداء على أبيض، سهلة القراءة لضعاف البصر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoher Kontrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorlesen</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Kiosk liest jede Seite vor. Die Taste „Vorlesen“ oben liest sie noch einmal.</source>
        <translation>يقرأ الكشك كل صفحة بصوت عالٍ. زر «القراءة بصوت عالٍ» يقرؤها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Aus</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>An</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Diese Seite jetzt vorlesen</source>
        <translation>اقرأ هذه الصفحة الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Kiosk liest diese Seite einmal laut vor.</source>
        <translation>يقرأ الكشك هذه الصفحة بصوت عالٍ مرة واحدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedienung im Sitzen</source>
        <translation>الاستخدام جلوسًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Tasten rücken in den unteren Teil des Bildschirms, gut erreichbar aus dem Rollstuhl.</source>
        <translation>تنتقل جميع الأزرار إلى الجزء السفلي من الشاشة، ويسهل الوصول إليها من الكرسي المتحرك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diese Einstellungen gelten, bis Sie auf „Fertig“ tippen oder der Kiosk von vorn beginnt.</source>
        <translation>تبقى هذه الإعدادات سارية حتى تنقر على «انتهيت» أو يبدأ الكشك من جديد.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/admin_page.py" line="+86"/>
        <source>Verwaltung dieses Terminals</source>
        <translation>إدارة هذا الجهاز</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wartezeit bis zum Neustart</source>
        <translation>وقت الانتظار حتى إعادة التشغيل</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+52"/>
        <source>%n Sekunden</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+13"/>
        <source>Standardsprache</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Drucker</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Standarddrucker des Systems</source>
        <translation>الطابعة الافتراضية للنظام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit, bis der Kiosk neu beginnt</source>
        <translation>وقت الانتظار حتى يبدأ الكشك من جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>So lange ohne Berührung, bis der Kiosk für die nächste Person neu beginnt</source>
        <translation>المدة دون لمس قبل أن يبدأ الكشك من جديد للشخص التالي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dieser Sprache beginnt jeder Besuch</source>
        <translation>تبدأ كل زيارة بهذه اللغة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hier kommen Termin-Zettel und Listen heraus</source>
        <translation>هنا تُطبع قسائم المواعيد والقوائم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichert Wartezeit, Sprache und Drucker</source>
        <translation>يحفظ مدة الانتظار واللغة والطابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kioskmodus für Wartung verlassen</source>
        <translation>الخروج من وضع الكشك للصيانة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Macht aus dem Kiosk ein normales Fenster; wird protokolliert</source>
        <translation>يحوّل الكشك إلى نافذة عادية؛ ويُسجَّل ذلك</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gespeichert. Die Wartezeit gilt sofort.</source>
        <translation>تم الحفظ. يسري وقت الانتظار فورًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kioskmodus verlassen</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kioskmodus verlassen (protokolliert).</source>
        <translation>الخروج من وضع الكشك (يُسجَّل).</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+58"/>
        <source>Antwort abwählen</source>
        <translation>إلغاء اختيار هذه الإجابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort auswählen</source>
        <translation>اختيار هذه الإجابة</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+53"/>
        <source>Zeit</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/context.py" line="+104"/>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+21"/>
        <source>vorläufig</source>
        <translation>مؤقت</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/appointments_page.py" line="+129"/>
        <location line="+105"/>
        <source>Heute</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Zeigt die Termine von heute</source>
        <translation>يعرض مواعيد اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt einen Tag; mit den Pfeilen blättern</source>
        <translation>يعرض يومًا واحدًا؛ استخدم الأسهم للتنقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woche</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation type="vanished">رجوع</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation type="vanished">التالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt eine Woche; mit den Pfeilen blättern</source>
        <translation>يعرض أسبوعًا واحدًا؛ استخدم الأسهم للتنقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Buchungscode</source>
        <translation>الاسم أو رمز الحجز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name oder Buchungscode eintippen, dann „Suchen“</source>
        <translation>اكتب اسمًا أو رمز الحجز، ثم «بحث»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suche nach Name oder Buchungscode</source>
        <translation>البحث بالاسم أو رمز الحجز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchen</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht Termine nach Name oder Buchungscode</source>
        <translation>يبحث عن المواعيد بالاسم أو برمز الحجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Neuer Termin</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Bucht einen Termin für jemanden vor Ort oder am Telefon</source>
        <translation>يحجز موعدًا لشخص حاضر هنا أو على الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Druckt die Termine von heute; ohne Drucker als PDF</source>
        <translation>يطبع مواعيد اليوم؛ وبدون طابعة كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste von heute drucken</source>
        <translation>طباعة قائمة اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angekommen</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person des gewählten Termins ist da</source>
        <translation>يسجّل فورًا: صاحب الموعد المحدد قد وصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erledigt</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: der gewählte Termin ist erledigt</source>
        <translation>يسجّل فورًا: تم إنجاز الموعد المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gekommen</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person ist nicht gekommen</source>
        <translation>يسجّل فورًا: الشخص لم يحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlegen …</source>
        <translation>تأجيل …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für den gewählten Termin</source>
        <translation>يختار وقتًا جديدًا للموعد المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen …</source>
        <translation>إلغاء …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den gewählten Termin ab; fragt vorher nach dem Grund</source>
        <translation>يلغي الموعد المحدد؛ ويسأل عن السبب أولًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Zeile antippen: daneben stehen Einzelheiten und was zu tun ist</source>
        <translation>اضغط على صف: تظهر بجانبه التفاصيل وما يجب فعله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termine</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blättert eine Woche zurück</source>
        <translation>يرجع أسبوعًا واحدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorherige Woche</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert eine Woche weiter</source>
        <translation>يتقدم أسبوعًا واحدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Woche</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blättert einen Tag zurück</source>
        <translation>يرجع يومًا واحدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert einen Tag weiter</source>
        <translation>يتقدم يومًا واحدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächster Tag</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suche: „{text}“</source>
        <translation>البحث: «{text}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woche vom {start} bis {end}</source>
        <translation>الأسبوع من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Keine Termine</source>
        <translation>لا توجد مواعيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier ist nichts gebucht.</source>
        <translation>لا يوجد حجز هنا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vorläufig</source>
        <translation>مؤقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Termin verlegen: {who}</source>
        <translation>تأجيل الموعد: {who}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gedruckt.</source>
        <translation>تمت الطباعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Drucker – als PDF gespeichert: {path}</source>
        <translation>لا توجد طابعة – حُفظ بصيغة PDF: {path}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/attention_page.py" line="+89"/>
        <location line="+5"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Alles erledigt – nichts braucht Aufmerksamkeit.</source>
        <translation>تم كل شيء – لا شيء يحتاج إلى انتباه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Eintrag antippen: was passiert ist und was zu tun ist</source>
        <translation>اضغط على إدخال: ماذا حدث وما يجب فعله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz (z. B. „angerufen, neuer Termin“)</source>
        <translation>ملاحظة (مثل «تم الاتصال، موعد جديد»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was Sie getan haben, z. B. wen Sie angerufen haben; wird mit abgelegt</source>
        <translation>ما الذي فعلته، مثلًا بمن اتصلت؛ يُحفظ مع الإدخال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu buchen …</source>
        <translation>حجز جديد …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für diesen Termin</source>
        <translation>يختار وقتًا جديدًا لهذا الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin sofort ab und legt den Eintrag ab</source>
        <translation>يلغي الموعد فورًا ويحفظ الإدخال في الأرشيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schickt den Eintrag noch einmal an den Server</source>
        <translation>يرسل الإدخال إلى الخادم مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablegen</source>
        <translation>حفظ جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt den Eintrag mit der Notiz ab; er verschwindet aus der Liste</source>
        <translation>يحفظ الإدخال مع الملاحظة في الأرشيف؛ ويختفي من القائمة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Was ist passiert?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was ist zu tun?</source>
        <translation>ما الذي يجب فعله؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tel.</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neu buchen: {who}</source>
        <translation>حجز جديد: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erledigt.</source>
        <translation>تم.</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/block_page.py" line="+104"/>
        <source>Zeit sperren (Schließung, Krankheit)</source>
        <translation>حجب وقت (إغلاق، مرض)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag davor</source>
        <translation>يعرض اليوم السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächster Tag</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag danach</source>
        <translation>يعرض اليوم التالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn der Sperre</source>
        <translation>بداية الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ende der Sperre</source>
        <translation>نهاية الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesende</source>
        <translation>نهاية اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganzer Tag</source>
        <translation>اليوم كله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt den Tag von Beginn bis Ende</source>
        <translation>يختار اليوم من بدايته إلى نهايته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcher Bereich gesperrt wird, oder alle</source>
        <translation>أي قسم يُغلق، أو كل الأقسام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bereich</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Bereiche</source>
        <translation>جميع الأقسام</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>von</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grund (z. B. Krankheit)</source>
        <translation>السبب (مثل المرض)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steht bei der Sperre, z. B. Krankheit</source>
        <translation>يظهر مع الإغلاق، مثلًا: مرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund der Sperre</source>
        <translation>سبب الحجب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeit sperren</source>
        <translation>حجب الوقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperrt die gewählte Zeit sofort; betroffene Termine stehen dann unten</source>
        <translation>يغلق الوقت المحدد فورًا؛ وتظهر المواعيد المتأثرة في الأسفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termine in der gesperrten Zeit: diese Personen bitte anrufen</source>
        <translation>المواعيد في الوقت المغلق: يُرجى الاتصال بهؤلاء الأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betroffene Termine</source>
        <translation>المواعيد المتأثرة</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gesperrt. Neue Buchungen sind dort nicht mehr möglich.</source>
        <translation>تم الحجب. لم تعد الحجوزات الجديدة ممكنة هناك.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Termine betroffen – bitte die Personen anrufen:</source>
        <translation>
            <numerusform>لا توجد مواعيد متأثرة – يرجى الاتصال بالأشخاص:</numerusform>
            <numerusform>موعد واحد متأثر – يرجى الاتصال بالشخص:</numerusform>
            <numerusform>موعدان متأثران – يرجى الاتصال بالأشخاص:</numerusform>
            <numerusform>%n مواعيد متأثرة – يرجى الاتصال بالأشخاص:</numerusform>
            <numerusform>%n موعدًا متأثرًا – يرجى الاتصال بالأشخاص:</numerusform>
            <numerusform>%n موعد متأثر – يرجى الاتصال بالأشخاص:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine gebuchten Termine betroffen.</source>
        <translation>لا توجد مواعيد محجوزة متأثرة.</translation>
    </message>
</context>
<context>
    <name>CancelScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+546"/>
        <source>Geben Sie Ihren Buchungscode und Ihren Namen ein. Einen neuen Termin buchen Sie danach wie gewohnt.</source>
        <translation>أدخل رمز الحجز واسمك. بعد ذلك يمكنك حجز موعد جديد كالمعتاد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Buchungscode</source>
        <translation>رمز الحجز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ihr Name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+267"/>
        <location line="+3"/>
        <source>Termin absagen</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich absagen</source>
        <translation>إلغاء الموعد نهائيًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Termin absagen oder ändern</source>
        <translation>إلغاء موعد أو تغييره</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ihr Termin am {date} um {time} Uhr ist abgesagt.</source>
        <translation>تم إلغاء موعدك في {date} الساعة {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+1"/>
        <location line="+4"/>
        <source>Grund der Absage</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Grund eintippen oder oben einen antippen</source>
        <translation>اكتب سببًا أو اضغط على أحد الأسباب في الأعلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürger/in hat abgesagt</source>
        <translation>ألغى المواطن الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Krankheit</source>
        <translation>مرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorfbüro geschlossen</source>
        <translation>مكتب القرية مغلق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernimmt diesen Grund ins Feld</source>
        <translation>يضع هذا السبب في الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin endgültig ab</source>
        <translation>يلغي الموعد نهائيًا</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-147"/>
        <source>Ihr Termin ist vorläufig gebucht</source>
        <translation>تم حجز موعدك مؤقتًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Termin ist gebucht</source>
        <translation>تم حجز موعدك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorläufig: Die Verwaltung bestätigt den Termin, sobald das Terminal sie erreicht. Sollte er doch schon vergeben sein, meldet sich das Dorfbüro bei Ihnen.</source>
        <translation>مؤقت: تؤكد الإدارة الموعد بمجرد أن يتصل بها الجهاز. إذا كان الموعد محجوزًا بالفعل، سيتواصل معك مكتب القرية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ihr Buchungscode</source>
        <translation>رمز حجزك</translation>
    </message>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">الساعة {time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wofür</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>أين</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte mitbringen:</source>
        <translation>يرجى إحضار:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mit dem Handy scannen: Termin in den Kalender</source>
        <translation>امسح بهاتفك: أضف الموعد إلى التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>على الطابعة في مكتب القرية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fertig</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>العودة إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bestätigung</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wird gedruckt …</source>
        <translation>جارٍ الطباعة …</translation>
    </message>
</context>
<context>
    <name>CornerButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/mode.py" line="+58"/>
        <source>Für Mitarbeitende</source>
        <translation>للموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für Mitarbeitende: gedrückt halten</source>
        <translation>للموظفين: اضغط مطولًا</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+201"/>
        <source>Tag</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monat</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Heute</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <location filename="../../kiosk/ui/accessibility/descriptions.py" line="+36"/>
        <source>Eingabefeld: tippen, dann schreiben</source>
        <translation>حقل نص: اضغط ثم اكتب</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auswahlliste: tippen, dann wählen</source>
        <translation>قائمة اختيار: اضغط ثم اختر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl: mit den Pfeilen ändern</source>
        <translation>رقم: غيّره بالأسهم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liste: einen Eintrag antippen, um ihn zu öffnen</source>
        <translation>قائمة: اضغط على عنصر لفتحه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste: eine Zeile antippen, um sie auszuwählen</source>
        <translation>قائمة: اضغط على صف لتحديده</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-185"/>
        <source>Ihr Name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (freiwillig)</source>
        <translation>الهاتف (اختياري)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-Mail (freiwillig)</source>
        <translation>البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz: Wir speichern Ihren Namen und – wenn Sie sie angeben – Telefon und E-Mail nur für diesen Termin. Sehen können sie die Mitarbeitenden des Dorfbüros und der Verwaltung, die den Termin anbietet. Auf diesem Gerät werden die Angaben {days} Tage nach dem Termin gelöscht, bei der Verwaltung nach deren Aufbewahrungsregeln.</source>
        <translation>حماية البيانات: نحفظ اسمك، وإن أعطيتنا إياهما رقم هاتفك وبريدك الإلكتروني، لهذا الموعد فقط. يمكن أن يراها موظفو مكتب القرية والإدارة التي تقدم الموعد. على هذا الجهاز تُحذف البيانات بعد {days} يومًا من الموعد، ولدى الإدارة حسب قواعد الحفظ الخاصة بها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buchen</source>
        <translation>احجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich buchen</source>
        <translation>حجز الموعد نهائيًا</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ihre Angaben</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>يرجى إدخال اسمك.</translation>
    </message>
</context>
<context>
    <name>FormListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+161"/>
        <source>Machen Sie mit!</source>
        <translation>شارك معنا!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Meinung zählt: Beantworten Sie eine Umfrage, schlagen Sie etwas vor oder melden Sie einen Schaden. Ohne Anmeldung, auch ohne Internet.</source>
        <translation>رأيك مهم: أجب عن استطلاع، أو اقترح شيئًا، أو بلّغ عن ضرر. دون تسجيل، وحتى دون إنترنت.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mitmachen</source>
        <translation>شارك</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zurzeit gibt es hier nichts zum Mitmachen.</source>
        <translation>لا يوجد حاليًا ما يمكن المشاركة فيه هنا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ergebnisse abgeschlossener Umfragen</source>
        <translation>نتائج الاستطلاعات المنتهية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Ergebnisse dieser Umfrage zeigen</source>
        <translation>عرض نتائج هذا الاستطلاع</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="+85"/>
        <source>Guten Tag!</source>
        <translation>مرحبًا!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld.</source>
        <translation>كيف يمكننا مساعدتك؟ انقر على أحد الحقول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dienstleistungen</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was brauche ich für …?</source>
        <translation>ماذا أحتاج من أجل …؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termin buchen</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einen Termin im Dorfbüro vereinbaren</source>
        <translation>حجز موعد في مكتب القرية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitmachen</source>
        <translation>شارك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfragen, Ideen und Mängel melden</source>
        <translation>استطلاعات وأفكار والإبلاغ عن مشكلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprache wählen</source>
        <translation>اختيار اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Schrift und Vorlesen</source>
        <translation>خط أكبر وقراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache</source>
        <translation>الألمانية أو الإنجليزية أو التركية أو الأوكرانية أو العربية أو الألمانية المبسطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>حجم الخط والتباين والقراءة بصوت عالٍ والاستخدام جالسًا</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/idle_prompt.py" line="+110"/>
        <source>Sind Sie noch da?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wenn niemand mehr den Bildschirm berührt, beginnt der Kiosk gleich von vorn. Alle Eingaben werden dann gelöscht.</source>
        <translation>إذا لم يلمس أحد الشاشة، سيبدأ الكشك من جديد بعد قليل. وسيُحذف كل ما أدخلته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weiter</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu beginnen</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mehr Zeit</source>
        <translation>وقت إضافي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie bekommen doppelt so viel Zeit, bevor der Kiosk von vorn beginnt.</source>
        <translation>تحصل على ضعف الوقت قبل أن يبدأ الكشك من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier weitermachen</source>
        <translation>المتابعة هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Eingaben löschen</source>
        <translation>حذف كل ما أُدخل</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Noch 1 Sekunde</source>
        <translation>بقيت ثانية واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Noch %n Sekunden</source>
        <translation>
            <numerusform>لم يبقَ وقت</numerusform>
            <numerusform>بقيت ثانية واحدة</numerusform>
            <numerusform>بقيت ثانيتان</numerusform>
            <numerusform>بقيت %n ثوانٍ</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+32"/>
        <source>Datenschutz</source>
        <translation>حماية البيانات</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anzahl der Fragen: %n</source>
        <translation>
            <numerusform>عدد الأسئلة: %n</numerusform>
            <numerusform>عدد الأسئلة: %n</numerusform>
            <numerusform>عدد الأسئلة: %n</numerusform>
            <numerusform>عدد الأسئلة: %n</numerusform>
            <numerusform>عدد الأسئلة: %n</numerusform>
            <numerusform>عدد الأسئلة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los geht&apos;s</source>
        <translation>لنبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der ersten Frage beginnen</source>
        <translation>البدء بالسؤال الأول</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/language.py" line="+77"/>
        <source>Sprache</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte wählen Sie Ihre Sprache.</source>
        <translation>يرجى اختيار لغتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte, die es nicht in Ihrer Sprache gibt, zeigen wir auf Deutsch. Am Ende Ihres Besuchs spricht der Kiosk wieder Deutsch.</source>
        <translation>النصوص غير المتوفرة بلغتك نعرضها بالألمانية. في نهاية زيارتك يعود الكشك إلى الألمانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danach beginnen Sie wieder auf der Startseite.</source>
        <translation>بعد ذلك تبدأ من جديد من الصفحة الرئيسية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Bedienung auf diese Sprache umstellen</source>
        <translation>تحويل الكشك إلى هذه اللغة</translation>
    </message>
</context>
<context>
    <name>LocationInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+70"/>
        <source>Kein bestimmter Ort</source>
        <translation>لا مكان محدد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Straße:</source>
        <translation>الشارع:</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="+342"/>
        <source>Umschalttaste</source>
        <translation>مفتاح التبديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerzeichen</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tastatur ausblenden</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schreibt dieses Zeichen</source>
        <translation>يكتب هذا الحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löscht das Zeichen vor dem Cursor</source>
        <translation>يحذف الحرف الذي قبل المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beendet die Eingabe in diesem Feld</source>
        <translation>ينهي الكتابة في هذا الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schreibt ein Leerzeichen</source>
        <translation>يكتب مسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blendet die Tastatur aus; ein Tipp in ein Feld zeigt sie wieder</source>
        <translation>يخفي لوحة المفاتيح؛ والضغط على حقل يُظهرها من جديد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ausblenden</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zahlen und Zeichen</source>
        <translation>أرقام ورموز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buchstaben</source>
        <translation>حروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wechselt zu Zahlen und Zeichen</source>
        <translation>ينتقل إلى الأرقام والرموز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wechselt zu den Buchstaben</source>
        <translation>ينتقل إلى الحروف</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Feststelltaste an</source>
        <translation>تثبيت الأحرف الكبيرة مفعّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Buchstabe wird groß; zweimal tippen: alle groß</source>
        <translation>الحرف التالي يكون كبيرًا؛ اضغط مرتين: كل الحروف كبيرة</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/login.py" line="+109"/>
        <source>Anmeldung für Mitarbeitende</source>
        <translation>تسجيل دخول الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer sind Sie?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf diesem Terminal gibt es noch keine Konten für Mitarbeitende. Sie kommen mit der nächsten Synchronisation vom Server.</source>
        <translation>لا توجد بعد حسابات للموظفين على هذا الجهاز. ستصل مع المزامنة التالية من الخادم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name: antippen, dann die PIN eingeben</source>
        <translation>اسمك: اضغط عليه، ثم أدخل الرقم السري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ziffer der PIN</source>
        <translation>رقم من الرقم السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löscht die letzte Ziffer</source>
        <translation>يحذف آخر رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Anmelden</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prüft die PIN und öffnet den Dienstplatz</source>
        <translation>يتحقق من الرقم السري ويفتح مكان العمل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mitarbeitende</source>
        <translation>الموظفون</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PIN, %n Ziffern eingegeben</source>
        <translation>
            <numerusform>الرقم السري، لم يُدخل أي رقم</numerusform>
            <numerusform>الرقم السري، أُدخل رقم واحد</numerusform>
            <numerusform>الرقم السري، أُدخل رقمان</numerusform>
            <numerusform>الرقم السري، أُدخلت %n أرقام</numerusform>
            <numerusform>الرقم السري، أُدخل %n رقمًا</numerusform>
            <numerusform>الرقم السري، أُدخل %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bitte tippen Sie zuerst auf Ihren Namen.</source>
        <translation>يرجى النقر على اسمك أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die PIN hat mindestens 6 Ziffern.</source>
        <translation>يتكون الرقم السري من 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN wird geprüft …</source>
        <translation>جارٍ التحقق من الرقم السري …</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Zu viele falsche PINs. Bitte warten Sie noch %n Sekunden.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. يرجى الانتظار قليلًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يرجى الانتظار ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يرجى الانتظار ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يرجى الانتظار %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يرجى الانتظار %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. يرجى الانتظار %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sie können es jetzt erneut versuchen.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/placeholder.py" line="+93"/>
        <source>Dieser Bereich ist noch im Aufbau</source>
        <translation>هذا القسم قيد الإنشاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.</source>
        <translation>حتى ذلك الحين يسعد فريق مكتب القرية بمساعدتك شخصيًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zur Startseite</source>
        <translation>إلى الصفحة الرئيسية</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+43"/>
        <source>Frage {n} von {total}</source>
        <translation>السؤال {n} من {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freiwillig – Sie können diese Frage überspringen.</source>
        <translation>اختياري – يمكنك تخطي هذا السؤال.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sie können bis zu %n Antworten wählen.</source>
        <translation>
            <numerusform>يمكنك اختيار إجابات متعددة.</numerusform>
            <numerusform>يمكنك اختيار إجابة واحدة.</numerusform>
            <numerusform>يمكنك اختيار إجابتين كحد أقصى.</numerusform>
            <numerusform>يمكنك اختيار %n إجابات كحد أقصى.</numerusform>
            <numerusform>يمكنك اختيار %n إجابة كحد أقصى.</numerusform>
            <numerusform>يمكنك اختيار %n إجابة كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie können mehrere Antworten wählen.</source>
        <translation>يمكنك اختيار عدة إجابات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zurück</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>إلى الخطوة السابقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernehmen</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weiter</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort übernehmen und weiter</source>
        <translation>حفظ الإجابة والمتابعة</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="-160"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+224"/>
        <source>Ergebnis der Umfrage – Teilnahmen: %n</source>
        <translation>
            <numerusform>نتيجة الاستطلاع – المشاركون: %n</numerusform>
            <numerusform>نتيجة الاستطلاع – المشاركون: %n</numerusform>
            <numerusform>نتيجة الاستطلاع – المشاركون: %n</numerusform>
            <numerusform>نتيجة الاستطلاع – المشاركون: %n</numerusform>
            <numerusform>نتيجة الاستطلاع – المشاركون: %n</numerusform>
            <numerusform>نتيجة الاستطلاع – المشاركون: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stimme</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stimmen</source>
        <translation>أصوات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ergebnisse</source>
        <translation>النتائج</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location line="-188"/>
        <source>Bitte prüfen Sie Ihre Antworten</source>
        <translation>يرجى مراجعة إجاباتك</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zurück</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>إلى الخطوة السابقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absenden</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Antworten abschicken</source>
        <translation>إرسال إجاباتك</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ändern</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort ändern</source>
        <translation>تغيير هذه الإجابة</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <location filename="../../kiosk/ui/routes.py" line="+30"/>
        <source>Dienstleistungen</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier erfahren Sie bald, was Sie für einen Antrag oder ein Dokument mitbringen müssen – zum Beispiel für einen Personalausweis.</source>
        <translation>قريبًا ستعرف هنا ما يجب إحضاره لطلب أو وثيقة – مثلًا لبطاقة الهوية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin buchen</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald einen Termin im Dorfbüro oder bei der Verwaltung buchen.</source>
        <translation>قريبًا يمكنك هنا حجز موعد في مكتب القرية أو لدى الإدارة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mitmachen</source>
        <translation>شارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald an Umfragen teilnehmen, Ideen einbringen und Mängel melden, zum Beispiel eine defekte Straßenlaterne.</source>
        <translation>قريبًا يمكنك هنا المشاركة في استطلاعات وتقديم أفكار والإبلاغ عن مشكلات، مثل مصباح شارع معطّل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sprache</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</source>
        <translation>قريبًا يمكنك هنا اختيار لغة أخرى: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Barrierefreiheit</source>
        <translation>سهولة الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald die Schrift vergrößern, den Kontrast erhöhen und sich Texte vorlesen lassen.</source>
        <translation>قريبًا يمكنك هنا تكبير الخط وزيادة التباين والاستماع إلى النصوص.</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-259"/>
        <source>Wofür brauchen Sie einen Termin?</source>
        <translation>لماذا تحتاج إلى موعد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin absagen oder ändern</source>
        <translation>إلغاء موعد أو تغييره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Buchungscode und Namen</source>
        <translation>برمز الحجز والاسم</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Termin buchen</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>لا يمكن حجز مواعيد هنا حاليًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freie Termine für diese Dienstleistung</source>
        <translation>المواعيد المتاحة لهذه الخدمة</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+107"/>
        <source>Dienstleistungen</source>
        <translation>الخدمات</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_list.py" line="+85"/>
        <source>Buchstabe %1</source>
        <translation>الحرف %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier gibt es noch keine Dienstleistungen.</source>
        <translation>لا توجد خدمات هنا بعد.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_page.py" line="+81"/>
        <source>Diese Dienstleistung gibt es nicht mehr.</source>
        <translation>هذه الخدمة لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dienstleistung</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dieser Inhalt ist nur auf Deutsch verfügbar.</source>
        <translation>هذا المحتوى متوفر بالألمانية فقط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termin buchen</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einen freien Termin suchen</source>
        <translation>البحث عن موعد متاح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das bringen Sie mit</source>
        <translation>ما يجب إحضاره</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voraussetzungen</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kosten</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wie lange es dauert</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ausführlich</source>
        <translation>بالتفصيل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rechtsgrundlage: {law}</source>
        <translation>الأساس القانوني: {law}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wo und wann</source>
        <translation>أين ومتى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefon: {phone}</source>
        <translation>الهاتف: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>البريد الإلكتروني: {email}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mitnehmen</source>
        <translation>خذه معك</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mit dem Handy scannen: Diese Seite im Internet öffnen.</source>
        <translation>امسح بهاتفك: افتح هذه الصفحة على الإنترنت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf Papier ausdrucken</source>
        <translation>طباعة على ورق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>على الطابعة في مكتب القرية</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.</source>
        <translation>تتم طباعة الورقة. يرجى أخذها من الطابعة.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="-75"/>
        <source>Montag</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstag</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittwoch</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freitag</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>الأحد</translation>
    </message>
</context>
<context>
    <name>ServicesOverviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+16"/>
        <source>Was möchten Sie erledigen?</source>
        <translation>ماذا تريد أن تنجز؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suchen, zum Beispiel: Personalausweis</source>
        <translation>ابحث، مثلًا: بطاقة الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstleistung suchen</source>
        <translation>البحث عن خدمة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle Dienstleistungen von A bis Z</source>
        <translation>جميع الخدمات من الألف إلى الياء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Dienstleistungen als Liste</source>
        <translation>جميع الخدمات كقائمة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lebenslagen</source>
        <translation>مواقف الحياة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Dienstleistung</source>
        <translation>خدمة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Dienstleistungen</source>
        <translation>
            <numerusform>لا توجد خدمات</numerusform>
            <numerusform>خدمة واحدة</numerusform>
            <numerusform>خدمتان</numerusform>
            <numerusform>%n خدمات</numerusform>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themen</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Dienstleistungen zu diesem Thema</source>
        <translation>الخدمات في هذا الموضوع</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch sind keine Dienstleistungen geladen. Das Team im Dorfbüro hilft Ihnen gern persönlich weiter.</source>
        <translation>لم يتم تحميل أي خدمات بعد. يسعد فريق مكتب القرية بمساعدتك شخصيًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dienstleistungen</source>
        <translation>الخدمات</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>لا توجد نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort, zum Beispiel „Ausweis“, „Umzug“ oder „Rente“.</source>
        <translation>لم نجد شيئًا. جرّب كلمة أخرى، مثل «هوية» أو «انتقال» أو «تقاعد».</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Von A bis Z</source>
        <translation>من الألف إلى الياء</translation>
    </message>
</context>
<context>
    <name>SlotPickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="-184"/>
        <source>Zeigt die freien Zeiten dieser Leistung</source>
        <translation>يعرض الأوقات المتاحة لهذه الخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorheriger Tag</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages davor</source>
        <translation>الأوقات المتاحة في اليوم السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächster Tag</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages danach</source>
        <translation>الأوقات المتاحة في اليوم التالي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bucht diese Zeit sofort</source>
        <translation>يحجز هذا الوقت فورًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wählt diese Zeit; danach Name und Telefon</source>
        <translation>يختار هذا الوقت؛ ثم الاسم والهاتف</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An diesem Tag ist nichts mehr frei.</source>
        <translation>لم يعد هناك وقت متاح في هذا اليوم.</translation>
    </message>
</context>
<context>
    <name>StaffDeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/desk.py" line="+136"/>
        <source>Termine</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: die Termine von heute, eines Tages oder der Woche</source>
        <translation>صفحة: مواعيد اليوم أو يوم معيّن أو الأسبوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Aufmerksamkeit</source>
        <translation>انتباه</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Seite: Konflikte und abgelehnte Einträge klären</source>
        <translation>صفحة: حل التعارضات والإدخالات المرفوضة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Verbindung zum Server und wartende Einträge</source>
        <translation>صفحة: الاتصال بالخادم والإدخالات المنتظرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeit sperren</source>
        <translation>حجب الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: eine Schließung oder Krankheit eintragen</source>
        <translation>صفحة: تسجيل إغلاق أو مرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwaltung</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Einstellungen dieses Terminals</source>
        <translation>صفحة: إعدادات هذا الجهاز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abmelden</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beendet den Modus für Mitarbeitende und zeigt die Startseite</source>
        <translation>ينهي وضع الموظفين ويعرض الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dienstplatz</source>
        <translation>مكان العمل</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-101"/>
        <source>Der Termin war schon vergeben, als die Buchung beim Server ankam.</source>
        <translation>كان الموعد محجوزًا بالفعل عندما وصل الحجز إلى الخادم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>اتصل بالشخص واحجز موعدًا جديدًا («حجز جديد») أو ألغِ الموعد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Zeit war einem anderen Terminal zugeteilt und dort schon vergeben.</source>
        <translation>كان هذا الوقت مخصصًا لجهاز آخر وقد حُجز هناك بالفعل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).</source>
        <translation>اتصل بالشخص واحجز موعدًا جديدًا («حجز جديد»).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Diese Zeit gibt es im Kalender nicht mehr (zum Beispiel gesperrt).</source>
        <translation>هذا الوقت لم يعد موجودًا في التقويم (مثلًا: مغلق).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Buchung kam zu kurzfristig beim Server an.</source>
        <translation>وصل الحجز إلى الخادم في وقت متأخر جدًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Termin liegt weiter in der Zukunft als erlaubt.</source>
        <translation>الموعد أبعد في المستقبل مما هو مسموح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie einen früheren Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>احجز موعدًا أبكر («حجز جديد») أو ألغِ الموعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Server hatte keinen Kalender für dieses Dorfbüro.</source>
        <translation>لم يكن لدى الخادم تقويم لمكتب القرية هذا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte melden Sie das der IT: Sie richtet den Kalender ein und kann solche Buchungen dann neu prüfen lassen. Oder rufen Sie die Person an und buchen Sie neu („Neu buchen“).</source>
        <translation>يُرجى إبلاغ قسم تقنية المعلومات: سيُعدّ التقويم ويمكنه بعد ذلك إعادة فحص هذه الحجوزات. أو اتصل بالشخص واحجز من جديد («حجز جديد»).</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/store_messages.py" line="+21"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>يرجى إدخال اسمك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides.</source>
        <translation>لا نجد موعدًا بهذا الرمز والاسم. يُرجى التحقق من كليهما.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.</source>
        <translation>حُجز هذا الموعد للتو. يُرجى اختيار وقت آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin wird an einem anderen Terminal vergeben. Bitte wählen Sie eine andere Zeit.</source>
        <translation>يُحجز هذا الموعد عبر جهاز آخر. يُرجى اختيار وقت آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.</source>
        <translation>هذا الموعد قريب جدًا. يُرجى اختيار وقت لاحق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin liegt zu weit in der Zukunft.</source>
        <translation>هذا الموعد بعيد جدًا في المستقبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.</source>
        <translation>هذا الموعد غير موجود (لم يعد موجودًا). يُرجى اختيار وقت آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Leistung kann man hier keinen Termin buchen.</source>
        <translation>لا يمكن حجز موعد لهذه الخدمة هنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>لا يمكن حجز مواعيد هنا حاليًا.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="+32"/>
        <source>Nicht angemeldet</source>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>جارٍ الاتصال …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warten</source>
        <translation>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nichts zu senden</source>
        <translation>لا شيء للإرسال</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/sync_page.py" line="+61"/>
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzte Synchronisation</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warten auf Versand</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ältester Eintrag</source>
        <translation>أقدم قيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzter Fehler</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt synchronisieren</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendet wartende Einträge sofort und holt Neues vom Server</source>
        <translation>يرسل الإدخالات المنتظرة فورًا ويجلب الجديد من الخادم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kein Server eingerichtet (nur dieses Terminal)</source>
        <translation>لا يوجد خادم مُعدّ (هذا الجهاز فقط)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vom Server abgewiesen – Terminal neu anmelden</source>
        <translation>رفضه الخادم – سجّل الجهاز من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>جارٍ الاتصال …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seit</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronisation läuft …</source>
        <translation>جارٍ المزامنة …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Server eingerichtet.</source>
        <translation>لا يوجد خادم مُعدّ.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+55"/>
        <source>Vielen Dank!</source>
        <translation>شكرًا جزيلًا!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Antworten sind gespeichert. Sie werden an die Verwaltung übertragen, sobald das Terminal mit dem Server verbunden ist.</source>
        <translation>تم حفظ إجاباتك. ستُرسل إلى الإدارة بمجرد اتصال الجهاز بالخادم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ihre Nummer für Rückfragen:</source>
        <translation>رقمك للاستفسارات:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fertig</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>العودة إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgeschickt</source>
        <translation>تم الإرسال</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+103"/>
        <source>Bitte tippen Sie auf eine freie Uhrzeit.</source>
        <translation>يرجى النقر على وقت متاح.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In den nächsten Wochen ist leider kein Termin frei. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>للأسف لا توجد مواعيد متاحة في الأسابيع القادمة. يرجى السؤال في مكتب القرية.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diese Uhrzeit wählen</source>
        <translation>اختيار هذا الوقت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uhrzeit wählen</source>
        <translation>اختر الوقت</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/top_bar.py" line="+101"/>
        <source>Startseite</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierefreiheit</source>
        <translation>سهولة الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlesen</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fertig</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zurück zur Startseite</source>
        <translation>العودة إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur vorigen Seite</source>
        <translation>العودة إلى الصفحة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine andere Sprache wählen</source>
        <translation>اختيار لغة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>حجم الخط والتباين والقراءة بصوت عالٍ والاستخدام جلوسًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Seite vorlesen oder das Vorlesen anhalten</source>
        <translation>اقرأ هذه الصفحة بصوت عالٍ أو أوقف القراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Beenden und alle Eingaben löschen</source>
        <translation>إنهاء وحذف كل ما أُدخل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorführversion mit Beispieldaten</source>
        <translation>نسخة عرض ببيانات نموذجية</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+54"/>
        <location line="+3"/>
        <source>Neuer Termin</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uhr</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name der Person, für die gebucht wird</source>
        <translation>اسم الشخص الذي يتم الحجز له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (für Rückfragen, freiwillig)</source>
        <translation>الهاتف (للاستفسارات، اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Für Rückfragen; freiwillig</source>
        <translation>للاستفسارات؛ اختياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen</source>
        <translation>احجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucht den Termin sofort und zeigt ihn in der Liste</source>
        <translation>يحجز الموعد فورًا ويعرضه في القائمة</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+22"/>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nein</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-232"/>
        <source>Montag</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Januar</source>
        <translation>يناير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Februar</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>März</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mai</source>
        <translation>مايو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juni</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juli</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oktober</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezember</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday}, {day}. {month} {year}</source>
        <translation>{weekday}، {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {time} Uhr</source>
        <translation>{date}، الساعة {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{weekday}, {day}. {month}</source>
        <translation>{weekday}، {day} {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heute</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morgen</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="-436"/>
        <source>Umfrage</source>
        <translation>استطلاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideen</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mängelmelder</source>
        <translation>الإبلاغ عن مشكلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Bitte beantworten Sie diese Frage.</source>
        <translation>يرجى الإجابة عن هذا السؤال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text ist zu lang.</source>
        <translation>النص طويل جدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text enthält ein Zeichen, das nicht erlaubt ist.</source>
        <translation>يحتوي النص على حرف غير مسموح به.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine Zahl ein.</source>
        <translation>يرجى إدخال رقم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine ganze Zahl ein.</source>
        <translation>يرجى إدخال عدد صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zahl liegt außerhalb des erlaubten Bereichs.</source>
        <translation>الرقم خارج النطاق المسموح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie mehr Antworten aus.</source>
        <translation>يرجى اختيار إجابات أكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie weniger Antworten aus.</source>
        <translation>يرجى اختيار إجابات أقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie ein Datum.</source>
        <translation>يرجى اختيار تاريخ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de).</source>
        <translation>هذا لا يبدو عنوان بريد إلكتروني (name@beispiel.de).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie nur Ziffern, Leerzeichen und + ein.</source>
        <translation>يرجى إدخال أرقام ومسافات و+ فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie auch die Straße.</source>
        <translation>يرجى اختيار الشارع أيضًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort passt nicht.</source>
        <translation>هذه الإجابة غير مناسبة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– nicht beantwortet –</source>
        <translation>– لم تتم الإجابة –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
            <numerusform>%n من 5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein bestimmter Ort</source>
        <translation>لا مكان محدد</translation>
    </message>
</context>
</TS>
