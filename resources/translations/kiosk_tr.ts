<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="de">
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
        <translation>E-posta: {email}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ausgedruckt am Dorfkiosk, {date}</source>
        <translation>Köy kioskunda yazdırıldı, {date}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hier ist leider kein Drucker angeschlossen. Scannen Sie den QR-Code mit Ihrem Handy oder fragen Sie im Dorfbüro nach einem Ausdruck.</source>
        <translation>Maalesef burada yazıcı yok. QR kodunu telefonunuzla tarayın veya köy bürosundan çıktı isteyin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Der Drucker meldet einen Fehler. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>Yazıcı bir hata bildiriyor. Lütfen köy bürosuna sorun.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/printout.py" line="+24"/>
        <source>Buchungscode</source>
        <translation>Randevu kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wofür</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="+143"/>
        <source>Uhr</source>
        <translation>saat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="+63"/>
        <source>Hier ist kein Drucker eingerichtet.</source>
        <translation>Burada yazıcı kurulu değil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="+41"/>
        <source>{amount} €</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Betrag unterschiedlich</source>
        <translation>Tutar değişken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kostenlos</source>
        <translation>ücretsiz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Jetzt geöffnet</source>
        <translation>Şimdi açık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jetzt geöffnet bis {time} Uhr</source>
        <translation>Şimdi açık, saat {time}&apos;e kadar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jetzt geschlossen – öffnet heute um {time} Uhr</source>
        <translation>Şimdi kapalı – bugün saat {time}&apos;de açılıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jetzt geschlossen – öffnet morgen um {time} Uhr</source>
        <translation>Şimdi kapalı – yarın saat {time}&apos;de açılıyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt geschlossen – öffnet am {weekday} um {time} Uhr</source>
        <translation>Şimdi kapalı – {weekday} günü saat {time}&apos;de açılıyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jetzt geschlossen – öffnet am {date} um {time} Uhr</source>
        <translation>Şimdi kapalı – {date} tarihinde saat {time}&apos;de açılıyor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/printout.py" line="-33"/>
        <source>Zeit</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der Drucker meldet einen Fehler.</source>
        <translation>Yazıcı bir hata bildiriyor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-120"/>
        <source>erwartet</source>
        <translation>bekleniyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angekommen</source>
        <translation>geldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erledigt</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht erschienen</source>
        <translation>gelmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgesagt</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Çakışma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di</source>
        <translation>Sal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mi</source>
        <translation>Çar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fr</source>
        <translation>Cum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>So</source>
        <translation>Paz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montag</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Salı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donnerstag</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonntag</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an anderem Terminal gebucht)</source>
        <translation>(başka bir terminalde alındı)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Terminkonflikt</source>
        <translation>Randevu çakışması</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termin nicht übernommen</source>
        <translation>Randevu kabul edilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie neu („Neu buchen“), senden Sie erneut oder legen Sie ab.</source>
        <translation>Yeniden randevu alın („Yeniden al“), tekrar gönderin veya arşivleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eingabe nicht übernommen</source>
        <translation>Giriş kabul edilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Eingabe ist beim Server nicht angekommen. Erneut senden oder ablegen.</source>
        <translation>Giriş sunucuya ulaşmadı. Tekrar gönderin veya arşivleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sperre nicht übernommen</source>
        <translation>Engelleme kabul edilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sperre gilt nur an diesem Terminal. Erneut senden oder neu anlegen.</source>
        <translation>Engelleme yalnızca bu terminalde geçerli. Tekrar gönderin veya yeniden oluşturun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eintrag nicht übernommen</source>
        <translation>Kayıt kabul edilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden oder mit Notiz ablegen.</source>
        <translation>Tekrar gönderin veya notla arşivleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Server hat den Eintrag abgelehnt.</source>
        <translation>Sunucu kaydı reddetti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betrifft den Termin von {who}.</source>
        <translation>{who} kişisinin randevusuyla ilgili.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>noch nie</source>
        <translation>hiç</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keiner</source>
        <translation>yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Server hat nicht rechtzeitig geantwortet.</source>
        <translation>Sunucu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keine Verbindung zum Server (Netz oder Server nicht erreichbar).</source>
        <translation>Sunucuyla bağlantı yok (ağ veya sunucu erişilemez).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server kennt dieses Terminal nicht mehr. Bitte IT anrufen (neu anmelden).</source>
        <translation>Sunucu bu terminali artık tanımıyor. Lütfen BT&apos;yi arayın (yeniden kaydedin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Server hatte einen Fehler. Es wird später erneut versucht.</source>
        <translation>Sunucuda bir hata oluştu. Daha sonra yeniden denenecek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eine unerwartete Antwort kam zurück (z. B. WLAN-Anmeldeseite).</source>
        <translation>Beklenmeyen bir yanıt geldi (ör. Wi-Fi giriş sayfası).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Übertragung fehlgeschlagen. Es wird später erneut versucht.</source>
        <translation>Aktarım başarısız. Daha sonra yeniden denenecek.</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/accessibility.py" line="+124"/>
        <source>Barrierefreiheit</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So können Sie den Kiosk leichter bedienen.</source>
        <translation>Kioskı böyle daha kolay kullanabilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schriftgröße</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Texte werden größer.</source>
        <translation>Tüm yazılar büyür.</translation>
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
        <translation>Büyük</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sehr groß</source>
        <translation>Çok büyük</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwarze Schrift auf Weiß, gut lesbar bei schwachen Augen.</source>
        <translation>Beyaz üzerine siyah yazı, zayıf gözler için kolay okunur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoher Kontrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorlesen</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Kiosk liest jede Seite vor. Die Taste „Vorlesen“ oben liest sie noch einmal.</source>
        <translation>Kiosk her sayfayı sesli okur. „Sesli oku“ düğmesi sayfayı tekrar okur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Aus</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>An</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Diese Seite jetzt vorlesen</source>
        <translation>Bu sayfayı şimdi sesli oku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Kiosk liest diese Seite einmal laut vor.</source>
        <translation>Kiosk bu sayfayı bir kez sesli okur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedienung im Sitzen</source>
        <translation>Oturarak kullanım</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Tasten rücken in den unteren Teil des Bildschirms, gut erreichbar aus dem Rollstuhl.</source>
        <translation>Tüm düğmeler ekranın alt kısmına kayar, tekerlekli sandalyeden kolayca ulaşılır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diese Einstellungen gelten, bis Sie auf „Fertig“ tippen oder der Kiosk von vorn beginnt.</source>
        <translation>Bu ayarlar „Bitti“ye dokunana veya kiosk baştan başlayana kadar geçerlidir.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/admin_page.py" line="+86"/>
        <source>Verwaltung dieses Terminals</source>
        <translation>Bu terminalin yönetimi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wartezeit bis zum Neustart</source>
        <translation>Yeniden başlatmaya kadar bekleme süresi</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+52"/>
        <source>%n Sekunden</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+13"/>
        <source>Standardsprache</source>
        <translation>Varsayılan dil</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+17"/>
        <source>Drucker</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Standarddrucker des Systems</source>
        <translation>Sistemin varsayılan yazıcısı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wartezeit, bis der Kiosk neu beginnt</source>
        <translation>Kiosk baştan başlayana kadar bekleme süresi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>So lange ohne Berührung, bis der Kiosk für die nächste Person neu beginnt</source>
        <translation>Kiosk bir sonraki kişi için yeniden başlamadan önce dokunulmadan geçen süre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In dieser Sprache beginnt jeder Besuch</source>
        <translation>Her ziyaret bu dilde başlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hier kommen Termin-Zettel und Listen heraus</source>
        <translation>Randevu fişleri ve listeler buradan çıkar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speichern</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speichert Wartezeit, Sprache und Drucker</source>
        <translation>Bekleme süresini, dili ve yazıcıyı kaydeder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kioskmodus für Wartung verlassen</source>
        <translation>Bakım için kiosk modundan çık</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Macht aus dem Kiosk ein normales Fenster; wird protokolliert</source>
        <translation>Kioskı normal bir pencereye dönüştürür; kayıt altına alınır</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gespeichert. Die Wartezeit gilt sofort.</source>
        <translation>Kaydedildi. Bekleme süresi hemen geçerli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kioskmodus verlassen</source>
        <translation>Kiosk modundan çık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kioskmodus verlassen (protokolliert).</source>
        <translation>Kiosk modundan çık (kaydedilir).</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+58"/>
        <source>Antwort abwählen</source>
        <translation>Bu cevabın seçimini kaldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort auswählen</source>
        <translation>Bu cevabı seç</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+53"/>
        <source>Zeit</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leistung</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/context.py" line="+104"/>
        <location filename="../../kiosk/ui/screens/staff/models.py" line="+21"/>
        <source>vorläufig</source>
        <translation>geçici</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/appointments_page.py" line="+129"/>
        <location line="+105"/>
        <source>Heute</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Zeigt die Termine von heute</source>
        <translation>Bugünün randevularını gösterir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt einen Tag; mit den Pfeilen blättern</source>
        <translation>Bir günü gösterir; oklarla ilerleyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woche</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation type="vanished">Geri</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation type="vanished">İleri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt eine Woche; mit den Pfeilen blättern</source>
        <translation>Bir haftayı gösterir; oklarla ilerleyin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name oder Buchungscode</source>
        <translation>Ad veya randevu kodu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name oder Buchungscode eintippen, dann „Suchen“</source>
        <translation>Bir ad veya rezervasyon kodu yazın, ardından “Ara”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suche nach Name oder Buchungscode</source>
        <translation>Ada veya randevu koduna göre ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suchen</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sucht Termine nach Name oder Buchungscode</source>
        <translation>Randevuları ada veya rezervasyon koduna göre arar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+262"/>
        <source>Neuer Termin</source>
        <translation>Yeni randevu</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Bucht einen Termin für jemanden vor Ort oder am Telefon</source>
        <translation>Burada veya telefondaki biri için randevu alır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drucken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Druckt die Termine von heute; ohne Drucker als PDF</source>
        <translation>Bugünün randevularını yazdırır; yazıcı yoksa PDF olarak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste von heute drucken</source>
        <translation>Bugünün listesini yazdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Angekommen</source>
        <translation>Geldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person des gewählten Termins ist da</source>
        <translation>Hemen kaydeder: seçili randevunun sahibi geldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erledigt</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: der gewählte Termin ist erledigt</source>
        <translation>Hemen kaydeder: seçili randevu tamamlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicht gekommen</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trägt sofort ein: die Person ist nicht gekommen</source>
        <translation>Hemen kaydeder: kişi gelmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verlegen …</source>
        <translation>Ertele …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für den gewählten Termin</source>
        <translation>Seçili randevu için yeni bir saat seçer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen …</source>
        <translation>İptal et …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den gewählten Termin ab; fragt vorher nach dem Grund</source>
        <translation>Seçili randevuyu iptal eder; önce nedenini sorar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eine Zeile antippen: daneben stehen Einzelheiten und was zu tun ist</source>
        <translation>Bir satıra dokunun: yanında ayrıntılar ve yapılacaklar görünür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termine</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blättert eine Woche zurück</source>
        <translation>Bir hafta geri gider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorherige Woche</source>
        <translation>Önceki hafta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert eine Woche weiter</source>
        <translation>Bir hafta ileri gider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächste Woche</source>
        <translation>Sonraki hafta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blättert einen Tag zurück</source>
        <translation>Bir gün geri gider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Önceki gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blättert einen Tag weiter</source>
        <translation>Bir gün ileri gider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nächster Tag</source>
        <translation>Sonraki gün</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suche: „{text}“</source>
        <translation>Arama: „{text}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woche vom {start} bis {end}</source>
        <translation>{start} – {end} haftası</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Keine Termine</source>
        <translation>Randevu yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier ist nichts gebucht.</source>
        <translation>Burada rezervasyon yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vorläufig</source>
        <translation>geçici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notiz</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Termin verlegen: {who}</source>
        <translation>Randevuyu ertele: {who}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gedruckt.</source>
        <translation>Yazdırıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kein Drucker – als PDF gespeichert: {path}</source>
        <translation>Yazıcı yok – PDF olarak kaydedildi: {path}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/attention_page.py" line="+89"/>
        <location line="+5"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>İlgi gerektiriyor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Alles erledigt – nichts braucht Aufmerksamkeit.</source>
        <translation>Her şey tamam – ilgi gerektiren bir şey yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einen Eintrag antippen: was passiert ist und was zu tun ist</source>
        <translation>Bir kayda dokunun: ne olduğu ve ne yapılacağı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz (z. B. „angerufen, neuer Termin“)</source>
        <translation>Not (ör. „arandı, yeni randevu“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was Sie getan haben, z. B. wen Sie angerufen haben; wird mit abgelegt</source>
        <translation>Ne yaptığınız, ör. kimi aradığınız; kayıtla birlikte saklanır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neu buchen …</source>
        <translation>Yeniden al …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt eine neue Zeit für diesen Termin</source>
        <translation>Bu randevu için yeni bir saat seçer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin sofort ab und legt den Eintrag ab</source>
        <translation>Randevuyu hemen iptal eder ve kaydı kapatır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erneut senden</source>
        <translation>Tekrar gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schickt den Eintrag noch einmal an den Server</source>
        <translation>Kaydı sunucuya yeniden gönderir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablegen</source>
        <translation>Arşivle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt den Eintrag mit der Notiz ab; er verschwindet aus der Liste</source>
        <translation>Kaydı notla birlikte kapatır; listeden kaybolur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Was ist passiert?</source>
        <translation>Ne oldu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was ist zu tun?</source>
        <translation>Ne yapılmalı?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neu buchen: {who}</source>
        <translation>Yeniden al: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erledigt.</source>
        <translation>Tamamlandı.</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/block_page.py" line="+104"/>
        <source>Zeit sperren (Schließung, Krankheit)</source>
        <translation>Zamanı engelle (kapanış, hastalık)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorheriger Tag</source>
        <translation>Önceki gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag davor</source>
        <translation>Önceki günü gösterir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächster Tag</source>
        <translation>Sonraki gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeigt den Tag danach</source>
        <translation>Sonraki günü gösterir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Von</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginn der Sperre</source>
        <translation>Kapatmanın başlangıcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bis</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ende der Sperre</source>
        <translation>Kapatmanın bitişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagesende</source>
        <translation>Gün sonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganzer Tag</source>
        <translation>Bütün gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wählt den Tag von Beginn bis Ende</source>
        <translation>Günü açılıştan kapanışa kadar seçer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcher Bereich gesperrt wird, oder alle</source>
        <translation>Hangi alanın kapatılacağı veya hepsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bereich</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Bereiche</source>
        <translation>Tüm alanlar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>von</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grund (z. B. Krankheit)</source>
        <translation>Neden (ör. hastalık)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steht bei der Sperre, z. B. Krankheit</source>
        <translation>Kapatmanın yanında görünür, ör. hastalık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund der Sperre</source>
        <translation>Engelleme nedeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeit sperren</source>
        <translation>Zamanı engelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sperrt die gewählte Zeit sofort; betroffene Termine stehen dann unten</source>
        <translation>Seçili zamanı hemen kapatır; etkilenen randevular aşağıda listelenir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termine in der gesperrten Zeit: diese Personen bitte anrufen</source>
        <translation>Kapatılan zamandaki randevular: lütfen bu kişileri arayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betroffene Termine</source>
        <translation>Etkilenen randevular</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gesperrt. Neue Buchungen sind dort nicht mehr möglich.</source>
        <translation>Engellendi. Orada artık yeni randevu alınamaz.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Termine betroffen – bitte die Personen anrufen:</source>
        <translation>
            <numerusform>%n randevu etkilendi – lütfen kişileri arayın:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keine gebuchten Termine betroffen.</source>
        <translation>Alınmış randevu etkilenmedi.</translation>
    </message>
</context>
<context>
    <name>CancelScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+546"/>
        <source>Geben Sie Ihren Buchungscode und Ihren Namen ein. Einen neuen Termin buchen Sie danach wie gewohnt.</source>
        <translation>Randevu kodunuzu ve adınızı girin. Ardından her zamanki gibi yeni randevu alabilirsiniz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Buchungscode</source>
        <translation>Randevu kodu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ihr Name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+267"/>
        <location line="+3"/>
        <source>Termin absagen</source>
        <translation>Randevuyu iptal et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich absagen</source>
        <translation>Randevuyu kesin olarak iptal et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Termin absagen oder ändern</source>
        <translation>Randevuyu iptal et veya değiştir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ihr Termin am {date} um {time} Uhr ist abgesagt.</source>
        <translation>{date} günü saat {time} randevunuz iptal edildi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+1"/>
        <location line="+4"/>
        <source>Grund der Absage</source>
        <translation>İptal nedeni</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Grund eintippen oder oben einen antippen</source>
        <translation>Bir neden yazın veya yukarıdan birine dokunun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bürger/in hat abgesagt</source>
        <translation>Vatandaş iptal etti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Krankheit</source>
        <translation>Hastalık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorfbüro geschlossen</source>
        <translation>Köy bürosu kapalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernimmt diesen Grund ins Feld</source>
        <translation>Bu nedeni alana yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absagen</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagt den Termin endgültig ab</source>
        <translation>Randevuyu kesin olarak iptal eder</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-147"/>
        <source>Ihr Termin ist vorläufig gebucht</source>
        <translation>Randevunuz geçici olarak alındı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Termin ist gebucht</source>
        <translation>Randevunuz alındı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorläufig: Die Verwaltung bestätigt den Termin, sobald das Terminal sie erreicht. Sollte er doch schon vergeben sein, meldet sich das Dorfbüro bei Ihnen.</source>
        <translation>Geçici: Terminal idareye ulaşır ulaşmaz idare randevuyu onaylar. Randevu başkasına verilmişse köy bürosu sizinle iletişime geçer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ihr Buchungscode</source>
        <translation>Randevu kodunuz</translation>
    </message>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">saat {time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wofür</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wann</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bitte mitbringen:</source>
        <translation>Lütfen yanınızda getirin:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mit dem Handy scannen: Termin in den Kalender</source>
        <translation>Telefonla tarayın: randevuyu takviminize ekleyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>Köy bürosundaki yazıcıda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fertig</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Ana sayfaya dön</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bestätigung</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wird gedruckt …</source>
        <translation>Yazdırılıyor …</translation>
    </message>
</context>
<context>
    <name>CornerButton</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/mode.py" line="+58"/>
        <source>Für Mitarbeitende</source>
        <translation>Personel için</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für Mitarbeitende: gedrückt halten</source>
        <translation>Personel için: basılı tutun</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+201"/>
        <source>Tag</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monat</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Heute</source>
        <translation>Bugün</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <location filename="../../kiosk/ui/accessibility/descriptions.py" line="+36"/>
        <source>Eingabefeld: tippen, dann schreiben</source>
        <translation>Metin alanı: dokunun, sonra yazın</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auswahlliste: tippen, dann wählen</source>
        <translation>Seçim listesi: dokunun, sonra seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zahl: mit den Pfeilen ändern</source>
        <translation>Sayı: oklarla değiştirin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liste: einen Eintrag antippen, um ihn zu öffnen</source>
        <translation>Liste: açmak için bir kayda dokunun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste: eine Zeile antippen, um sie auszuwählen</source>
        <translation>Liste: seçmek için bir satıra dokunun</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>{time} Uhr</source>
        <translation type="vanished">saat {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-185"/>
        <source>Ihr Name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (freiwillig)</source>
        <translation>Telefon (isteğe bağlı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-Mail (freiwillig)</source>
        <translation>E-posta (isteğe bağlı)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datenschutz: Wir speichern Ihren Namen und – wenn Sie sie angeben – Telefon und E-Mail nur für diesen Termin. Sehen können sie die Mitarbeitenden des Dorfbüros und der Verwaltung, die den Termin anbietet. Auf diesem Gerät werden die Angaben {days} Tage nach dem Termin gelöscht, bei der Verwaltung nach deren Aufbewahrungsregeln.</source>
        <translation>Veri koruma: Adınızı ve – verirseniz – telefonunuzu ve e-postanızı yalnızca bu randevu için saklarız. Bunları köy bürosunun ve randevuyu sunan idarenin çalışanları görebilir. Bu cihazda bilgiler randevudan {days} gün sonra silinir, idarede ise kendi saklama kurallarına göre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Termin verbindlich buchen</source>
        <translation>Randevuyu kesin olarak al</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ihre Angaben</source>
        <translation>Bilgileriniz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Lütfen adınızı girin.</translation>
    </message>
</context>
<context>
    <name>FormListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+161"/>
        <source>Machen Sie mit!</source>
        <translation>Katılın!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Meinung zählt: Beantworten Sie eine Umfrage, schlagen Sie etwas vor oder melden Sie einen Schaden. Ohne Anmeldung, auch ohne Internet.</source>
        <translation>Fikriniz önemli: Bir ankete cevap verin, bir öneride bulunun veya bir hasarı bildirin. Giriş yapmadan, internet olmadan da.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mitmachen</source>
        <translation>Katıl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zurzeit gibt es hier nichts zum Mitmachen.</source>
        <translation>Şu anda burada katılabileceğiniz bir şey yok.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ergebnisse abgeschlossener Umfragen</source>
        <translation>Tamamlanan anketlerin sonuçları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Ergebnisse dieser Umfrage zeigen</source>
        <translation>Bu anketin sonuçlarını göster</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="+85"/>
        <source>Guten Tag!</source>
        <translation>İyi günler!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld.</source>
        <translation>Size nasıl yardımcı olabiliriz? Bir kutuya dokunun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dienstleistungen</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was brauche ich für …?</source>
        <translation>… için neye ihtiyacım var?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termin buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Einen Termin im Dorfbüro vereinbaren</source>
        <translation>Köy bürosundan randevu alın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitmachen</source>
        <translation>Katıl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Umfragen, Ideen und Mängel melden</source>
        <translation>Anketler, fikirler ve sorun bildirme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprache wählen</source>
        <translation>Dil seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größere Schrift und Vorlesen</source>
        <translation>Daha büyük yazı ve sesli okuma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache</source>
        <translation>Almanca, İngilizce, Türkçe, Ukraynaca, Arapça veya Kolay Almanca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Yazı boyutu, kontrast, sesli okuma ve oturarak kullanım</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/idle_prompt.py" line="+110"/>
        <source>Sind Sie noch da?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wenn niemand mehr den Bildschirm berührt, beginnt der Kiosk gleich von vorn. Alle Eingaben werden dann gelöscht.</source>
        <translation>Kimse ekrana dokunmazsa kiosk birazdan baştan başlar. Girdiğiniz her şey silinir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weiter</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu beginnen</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mehr Zeit</source>
        <translation>Daha fazla zaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie bekommen doppelt so viel Zeit, bevor der Kiosk von vorn beginnt.</source>
        <translation>Kiosk baştan başlamadan önce iki kat daha fazla zamanınız olur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier weitermachen</source>
        <translation>Burada devam et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle Eingaben löschen</source>
        <translation>Tüm girişleri sil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Noch 1 Sekunde</source>
        <translation>1 saniye kaldı</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Noch %n Sekunden</source>
        <translation>
            <numerusform>%n saniye kaldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+32"/>
        <source>Datenschutz</source>
        <translation>Veri koruma</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anzahl der Fragen: %n</source>
        <translation>
            <numerusform>Soru sayısı: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los geht&apos;s</source>
        <translation>Başlayalım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit der ersten Frage beginnen</source>
        <translation>İlk soruyla başla</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/language.py" line="+77"/>
        <source>Sprache</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte wählen Sie Ihre Sprache.</source>
        <translation>Lütfen dilinizi seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte, die es nicht in Ihrer Sprache gibt, zeigen wir auf Deutsch. Am Ende Ihres Besuchs spricht der Kiosk wieder Deutsch.</source>
        <translation>Dilinizde olmayan metinleri Almanca gösteriyoruz. Ziyaretinizin sonunda kiosk yine Almanca konuşur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danach beginnen Sie wieder auf der Startseite.</source>
        <translation>Sonra yeniden ana sayfadan başlarsınız.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Bedienung auf diese Sprache umstellen</source>
        <translation>Kioskı bu dile geçir</translation>
    </message>
</context>
<context>
    <name>LocationInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+70"/>
        <source>Kein bestimmter Ort</source>
        <translation>Belirli bir yer yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Straße:</source>
        <translation>Sokak:</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="+342"/>
        <source>Umschalttaste</source>
        <translation>Büyük harf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eingabe</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerzeichen</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tastatur ausblenden</source>
        <translation>Klavyeyi gizle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schreibt dieses Zeichen</source>
        <translation>Bu karakteri yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löscht das Zeichen vor dem Cursor</source>
        <translation>İmleçten önceki karakteri siler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beendet die Eingabe in diesem Feld</source>
        <translation>Bu alana yazmayı bitirir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schreibt ein Leerzeichen</source>
        <translation>Boşluk yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blendet die Tastatur aus; ein Tipp in ein Feld zeigt sie wieder</source>
        <translation>Klavyeyi gizler; bir alana dokunmak onu yeniden gösterir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ausblenden</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zahlen und Zeichen</source>
        <translation>Rakamlar ve işaretler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buchstaben</source>
        <translation>Harfler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wechselt zu Zahlen und Zeichen</source>
        <translation>Sayılara ve simgelere geçer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wechselt zu den Buchstaben</source>
        <translation>Harflere geçer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Feststelltaste an</source>
        <translation>Büyük harf kilidi açık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der nächste Buchstabe wird groß; zweimal tippen: alle groß</source>
        <translation>Sonraki harf büyük olur; iki kez dokunun: hepsi büyük</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/login.py" line="+109"/>
        <source>Anmeldung für Mitarbeitende</source>
        <translation>Personel girişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer sind Sie?</source>
        <translation>Siz kimsiniz?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auf diesem Terminal gibt es noch keine Konten für Mitarbeitende. Sie kommen mit der nächsten Synchronisation vom Server.</source>
        <translation>Bu terminalde henüz personel hesabı yok. Hesaplar sunucuyla bir sonraki eşitlemede gelir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ihr Name: antippen, dann die PIN eingeben</source>
        <translation>Adınız: dokunun, ardından PIN&apos;i girin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ziffer der PIN</source>
        <translation>PIN rakamı</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Löscht die letzte Ziffer</source>
        <translation>Son rakamı siler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Anmelden</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Prüft die PIN und öffnet den Dienstplatz</source>
        <translation>PIN&apos;i kontrol eder ve masayı açar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mitarbeitende</source>
        <translation>Personel</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>PIN, %n Ziffern eingegeben</source>
        <translation>
            <numerusform>PIN, %n rakam girildi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bitte tippen Sie zuerst auf Ihren Namen.</source>
        <translation>Lütfen önce adınıza dokunun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die PIN hat mindestens 6 Ziffern.</source>
        <translation>PIN en az 6 rakamdan oluşur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN wird geprüft …</source>
        <translation>PIN kontrol ediliyor …</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Zu viele falsche PINs. Bitte warten Sie noch %n Sekunden.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN. Lütfen %n saniye daha bekleyin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sie können es jetzt erneut versuchen.</source>
        <translation>Şimdi tekrar deneyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/placeholder.py" line="+93"/>
        <source>Dieser Bereich ist noch im Aufbau</source>
        <translation>Bu bölüm henüz hazırlanıyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.</source>
        <translation>O zamana kadar köy bürosundaki ekip size memnuniyetle bizzat yardımcı olur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zur Startseite</source>
        <translation>Ana sayfaya</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+43"/>
        <source>Frage {n} von {total}</source>
        <translation>Soru {n} / {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freiwillig – Sie können diese Frage überspringen.</source>
        <translation>İsteğe bağlı – bu soruyu atlayabilirsiniz.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sie können bis zu %n Antworten wählen.</source>
        <translation>
            <numerusform>En fazla %n cevap seçebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sie können mehrere Antworten wählen.</source>
        <translation>Birden fazla cevap seçebilirsiniz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zurück</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>Önceki adıma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Übernehmen</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weiter</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antwort übernehmen und weiter</source>
        <translation>Cevabı kaydet ve devam et</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="-160"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>5 üzerinden %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+224"/>
        <source>Ergebnis der Umfrage – Teilnahmen: %n</source>
        <translation>
            <numerusform>Anket sonucu – katılım: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stimme</source>
        <translation>oy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stimmen</source>
        <translation>oy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ergebnisse</source>
        <translation>Sonuçlar</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location line="-188"/>
        <source>Bitte prüfen Sie Ihre Antworten</source>
        <translation>Lütfen cevaplarınızı kontrol edin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zurück</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zum vorigen Schritt</source>
        <translation>Önceki adıma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absenden</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihre Antworten abschicken</source>
        <translation>Cevaplarınızı gönderin</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ändern</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort ändern</source>
        <translation>Bu cevabı değiştir</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <location filename="../../kiosk/ui/routes.py" line="+30"/>
        <source>Dienstleistungen</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier erfahren Sie bald, was Sie für einen Antrag oder ein Dokument mitbringen müssen – zum Beispiel für einen Personalausweis.</source>
        <translation>Yakında burada bir başvuru veya belge için neler getirmeniz gerektiğini öğreneceksiniz – örneğin kimlik kartı için.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Termin buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald einen Termin im Dorfbüro oder bei der Verwaltung buchen.</source>
        <translation>Yakında burada köy bürosunda veya idarede randevu alabileceksiniz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mitmachen</source>
        <translation>Katıl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald an Umfragen teilnehmen, Ideen einbringen und Mängel melden, zum Beispiel eine defekte Straßenlaterne.</source>
        <translation>Yakında burada anketlere katılabilecek, fikir verebilecek ve sorunları bildirebileceksiniz, örneğin bozuk bir sokak lambasını.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sprache</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</source>
        <translation>Yakında burada başka bir dil seçebileceksiniz: Deutsch, Leichte Sprache, English, Türkçe, Українська, العربية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Barrierefreiheit</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier können Sie bald die Schrift vergrößern, den Kontrast erhöhen und sich Texte vorlesen lassen.</source>
        <translation>Yakında burada yazıyı büyütebilecek, kontrastı artırabilecek ve metinleri sesli okutabileceksiniz.</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-259"/>
        <source>Wofür brauchen Sie einen Termin?</source>
        <translation>Randevuya ne için ihtiyacınız var?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termin absagen oder ändern</source>
        <translation>Randevuyu iptal et veya değiştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit Buchungscode und Namen</source>
        <translation>Rezervasyon kodu ve adla</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Termin buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Şu anda burada randevu alınamıyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freie Termine für diese Dienstleistung</source>
        <translation>Bu hizmet için boş randevular</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+107"/>
        <source>Dienstleistungen</source>
        <translation>Hizmetler</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_list.py" line="+85"/>
        <source>Buchstabe %1</source>
        <translation>%1 harfi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hier gibt es noch keine Dienstleistungen.</source>
        <translation>Burada henüz hizmet yok.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/service_page.py" line="+81"/>
        <source>Diese Dienstleistung gibt es nicht mehr.</source>
        <translation>Bu hizmet artık yok.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dienstleistung</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dieser Inhalt ist nur auf Deutsch verfügbar.</source>
        <translation>Bu içerik yalnızca Almanca olarak mevcut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termin buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einen freien Termin suchen</source>
        <translation>Boş bir randevu bul</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Das bringen Sie mit</source>
        <translation>Yanınızda getirin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voraussetzungen</source>
        <translation>Koşullar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kosten</source>
        <translation>Ücretler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wie lange es dauert</source>
        <translation>Ne kadar sürer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ausführlich</source>
        <translation>Ayrıntılı</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rechtsgrundlage: {law}</source>
        <translation>Yasal dayanak: {law}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wo und wann</source>
        <translation>Nerede ve ne zaman</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telefon: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-Mail: {email}</source>
        <translation>E-posta: {email}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mitnehmen</source>
        <translation>Yanınıza alın</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mit dem Handy scannen: Diese Seite im Internet öffnen.</source>
        <translation>Telefonla tarayın: bu sayfayı internette açın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auf Papier ausdrucken</source>
        <translation>Kâğıda yazdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf dem Drucker im Dorfbüro</source>
        <translation>Köy bürosundaki yazıcıda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.</source>
        <translation>Sayfa yazdırılıyor. Lütfen yazıcıdan alın.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/texts.py" line="-75"/>
        <source>Montag</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstag</source>
        <translation>Salı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittwoch</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freitag</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samstag</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Pazar</translation>
    </message>
</context>
<context>
    <name>ServicesOverviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/services/overview.py" line="+16"/>
        <source>Was möchten Sie erledigen?</source>
        <translation>Ne yapmak istiyorsunuz?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suchen, zum Beispiel: Personalausweis</source>
        <translation>Arayın, örneğin: kimlik kartı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dienstleistung suchen</source>
        <translation>Hizmet ara</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alle Dienstleistungen von A bis Z</source>
        <translation>A&apos;dan Z&apos;ye tüm hizmetler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle Dienstleistungen als Liste</source>
        <translation>Tüm hizmetler liste olarak</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lebenslagen</source>
        <translation>Yaşam durumları</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 Dienstleistung</source>
        <translation>1 hizmet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Dienstleistungen</source>
        <translation>
            <numerusform>%n hizmet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themen</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Dienstleistungen zu diesem Thema</source>
        <translation>Bu konudaki hizmetler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Noch sind keine Dienstleistungen geladen. Das Team im Dorfbüro hilft Ihnen gern persönlich weiter.</source>
        <translation>Henüz hizmet yüklenmedi. Köy bürosundaki ekip size memnuniyetle bizzat yardımcı olur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dienstleistungen</source>
        <translation>Hizmetler</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n sonuç</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort, zum Beispiel „Ausweis“, „Umzug“ oder „Rente“.</source>
        <translation>Bununla ilgili bir şey bulamadık. Başka bir kelime deneyin, örneğin „kimlik“, „taşınma“ veya „emeklilik“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Von A bis Z</source>
        <translation>A&apos;dan Z&apos;ye</translation>
    </message>
</context>
<context>
    <name>SlotPickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="-184"/>
        <source>Zeigt die freien Zeiten dieser Leistung</source>
        <translation>Bu hizmetin boş saatlerini gösterir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorheriger Tag</source>
        <translation>Önceki gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages davor</source>
        <translation>Önceki günün boş saatleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nächster Tag</source>
        <translation>Sonraki gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freie Zeiten des Tages danach</source>
        <translation>Sonraki günün boş saatleri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bucht diese Zeit sofort</source>
        <translation>Bu saati hemen ayırır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wählt diese Zeit; danach Name und Telefon</source>
        <translation>Bu saati seçer; ardından ad ve telefon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An diesem Tag ist nichts mehr frei.</source>
        <translation>Bu günde artık boş yer yok.</translation>
    </message>
</context>
<context>
    <name>StaffDeskScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/desk.py" line="+136"/>
        <source>Termine</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: die Termine von heute, eines Tages oder der Woche</source>
        <translation>Sayfa: bugünün, bir günün veya haftanın randevuları</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Aufmerksamkeit</source>
        <translation>Dikkat</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Seite: Konflikte und abgelehnte Einträge klären</source>
        <translation>Sayfa: çakışmaları ve reddedilen kayıtları çözün</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisation</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Verbindung zum Server und wartende Einträge</source>
        <translation>Sayfa: sunucu bağlantısı ve bekleyen kayıtlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zeit sperren</source>
        <translation>Zamanı engelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: eine Schließung oder Krankheit eintragen</source>
        <translation>Sayfa: bir kapanış veya hastalık girin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwaltung</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seite: Einstellungen dieses Terminals</source>
        <translation>Sayfa: bu terminalin ayarları</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abmelden</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beendet den Modus für Mitarbeitende und zeigt die Startseite</source>
        <translation>Personel modunu kapatır ve ana sayfayı gösterir</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Dienstplatz</source>
        <translation>Masa</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/texts.py" line="-101"/>
        <source>Der Termin war schon vergeben, als die Buchung beim Server ankam.</source>
        <translation>Rezervasyon sunucuya ulaştığında bu saat zaten doluydu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Kişiyi arayın ve yeni bir randevu alın (“Yeniden al”) veya iptal edin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Zeit war einem anderen Terminal zugeteilt und dort schon vergeben.</source>
        <translation>Bu saat başka bir terminale ayrılmıştı ve orada zaten doluydu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).</source>
        <translation>Kişiyi arayın ve yeni bir randevu alın (“Yeniden al”).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Diese Zeit gibt es im Kalender nicht mehr (zum Beispiel gesperrt).</source>
        <translation>Bu saat artık takvimde yok (örneğin kapatıldı).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Die Buchung kam zu kurzfristig beim Server an.</source>
        <translation>Rezervasyon sunucuya çok kısa süre kala ulaştı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Termin liegt weiter in der Zukunft als erlaubt.</source>
        <translation>Randevu izin verilenden daha ileri bir tarihte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen Sie einen früheren Termin („Neu buchen“) oder sagen Sie ab.</source>
        <translation>Daha erken bir randevu alın (“Yeniden al”) veya iptal edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der Server hatte keinen Kalender für dieses Dorfbüro.</source>
        <translation>Sunucuda bu köy bürosu için bir takvim yoktu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte melden Sie das der IT: Sie richtet den Kalender ein und kann solche Buchungen dann neu prüfen lassen. Oder rufen Sie die Person an und buchen Sie neu („Neu buchen“).</source>
        <translation>Lütfen BT&apos;ye bildirin: takvimi kurarlar ve bu tür rezervasyonları yeniden kontrol ettirebilirler. Ya da kişiyi arayıp yeniden rezervasyon yapın (“Yeniden al”).</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/store_messages.py" line="+21"/>
        <source>Bitte geben Sie Ihren Namen ein.</source>
        <translation>Lütfen adınızı girin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides.</source>
        <translation>Bu kod ve adla bir randevu bulamıyoruz. Lütfen ikisini de kontrol edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.</source>
        <translation>Bu saat az önce alındı. Lütfen başka bir saat seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin wird an einem anderen Terminal vergeben. Bitte wählen Sie eine andere Zeit.</source>
        <translation>Bu saat başka bir terminalde veriliyor. Lütfen başka bir saat seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.</source>
        <translation>Bu saat çok yakın. Lütfen daha sonraki bir saat seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Termin liegt zu weit in der Zukunft.</source>
        <translation>Bu saat çok ileride.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.</source>
        <translation>Bu saat (artık) yok. Lütfen başka bir saat seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Leistung kann man hier keinen Termin buchen.</source>
        <translation>Bu hizmet için burada randevu alınamaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier kann man zurzeit keine Termine buchen.</source>
        <translation>Şu anda burada randevu alınamıyor.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="+32"/>
        <source>Nicht angemeldet</source>
        <translation>Giriş yapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>Bağlanıyor …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warten</source>
        <translation>
            <numerusform>%n bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nichts zu senden</source>
        <translation>gönderilecek bir şey yok</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/sync_page.py" line="+61"/>
        <source>Synchronisation</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbindung</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzte Synchronisation</source>
        <translation>Son eşitleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warten auf Versand</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ältester Eintrag</source>
        <translation>En eski kayıt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Braucht Aufmerksamkeit</source>
        <translation>İlgi gerektiriyor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letzter Fehler</source>
        <translation>Son hata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt synchronisieren</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendet wartende Einträge sofort und holt Neues vom Server</source>
        <translation>Bekleyen kayıtları hemen gönderir ve sunucudan yenilikleri alır</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kein Server eingerichtet (nur dieses Terminal)</source>
        <translation>Sunucu kurulu değil (yalnızca bu terminal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vom Server abgewiesen – Terminal neu anmelden</source>
        <translation>Sunucu tarafından reddedildi – terminali yeniden kaydedin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbinde …</source>
        <translation>Bağlanıyor …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seit</source>
        <translation>şu tarihten beri</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronisation läuft …</source>
        <translation>Eşitleniyor …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kein Server eingerichtet.</source>
        <translation>Sunucu kurulu değil.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="+55"/>
        <source>Vielen Dank!</source>
        <translation>Çok teşekkürler!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ihre Antworten sind gespeichert. Sie werden an die Verwaltung übertragen, sobald das Terminal mit dem Server verbunden ist.</source>
        <translation>Cevaplarınız kaydedildi. Terminal sunucuya bağlanır bağlanmaz idareye iletilecek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ihre Nummer für Rückfragen:</source>
        <translation>Sorular için numaranız:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fertig</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur Startseite</source>
        <translation>Ana sayfaya dön</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgeschickt</source>
        <translation>Gönderildi</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="+103"/>
        <source>Bitte tippen Sie auf eine freie Uhrzeit.</source>
        <translation>Lütfen boş bir saate dokunun.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In den nächsten Wochen ist leider kein Termin frei. Bitte fragen Sie im Dorfbüro nach.</source>
        <translation>Maalesef önümüzdeki haftalarda boş randevu yok. Lütfen köy bürosuna sorun.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Diese Uhrzeit wählen</source>
        <translation>Bu saati seç</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uhrzeit wählen</source>
        <translation>Saat seçin</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/top_bar.py" line="+101"/>
        <source>Startseite</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprache</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrierefreiheit</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorlesen</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fertig</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zurück zur Startseite</source>
        <translation>Ana sayfaya dön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zurück zur vorigen Seite</source>
        <translation>Önceki sayfaya dön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine andere Sprache wählen</source>
        <translation>Başka bir dil seçin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen</source>
        <translation>Yazı boyutu, kontrast, sesli okuma ve oturarak kullanım</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Seite vorlesen oder das Vorlesen anhalten</source>
        <translation>Bu sayfayı sesli oku veya okumayı durdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Beenden und alle Eingaben löschen</source>
        <translation>Bitir ve tüm girişleri sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorführversion mit Beispieldaten</source>
        <translation>Örnek verilerle tanıtım sürümü</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff/forms.py" line="+54"/>
        <location line="+3"/>
        <source>Neuer Termin</source>
        <translation>Yeni randevu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uhr</source>
        <translation>saat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name der Person, für die gebucht wird</source>
        <translation>Rezervasyonun yapıldığı kişinin adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon (für Rückfragen, freiwillig)</source>
        <translation>Telefon (sorular için, isteğe bağlı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Für Rückfragen; freiwillig</source>
        <translation>Sorular için; isteğe bağlı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buchen</source>
        <translation>Randevu al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucht den Termin sofort und zeigt ihn in der Liste</source>
        <translation>Randevuyu hemen alır ve listede gösterir</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../kiosk/ui/screens/participation/answer_inputs.py" line="+22"/>
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nein</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../kiosk/ui/screens/booking/screens.py" line="-232"/>
        <source>Montag</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dienstag</source>
        <translation>Salı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mittwoch</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnerstag</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freitag</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samstag</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonntag</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Januar</source>
        <translation>Ocak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Februar</source>
        <translation>Şubat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>März</source>
        <translation>Mart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>Nisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mai</source>
        <translation>Mayıs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juni</source>
        <translation>Haziran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juli</source>
        <translation>Temmuz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>Ağustos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>Eylül</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oktober</source>
        <translation>Ekim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>Kasım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dezember</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{weekday}, {day}. {month} {year}</source>
        <translation>{day} {month} {year} {weekday}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {time} Uhr</source>
        <translation>{date}, saat {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{weekday}, {day}. {month}</source>
        <translation>{day} {month} {weekday}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heute</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morgen</source>
        <translation>Yarın</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/participation/screens.py" line="-436"/>
        <source>Umfrage</source>
        <translation>Anket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideen</source>
        <translation>Fikirler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mängelmelder</source>
        <translation>Sorun bildir</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Bitte beantworten Sie diese Frage.</source>
        <translation>Lütfen bu soruyu cevaplayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text ist zu lang.</source>
        <translation>Metin çok uzun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text enthält ein Zeichen, das nicht erlaubt ist.</source>
        <translation>Metin izin verilmeyen bir karakter içeriyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine Zahl ein.</source>
        <translation>Lütfen bir sayı girin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie eine ganze Zahl ein.</source>
        <translation>Lütfen bir tam sayı girin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zahl liegt außerhalb des erlaubten Bereichs.</source>
        <translation>Sayı izin verilen aralığın dışında.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie mehr Antworten aus.</source>
        <translation>Lütfen daha fazla cevap seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie weniger Antworten aus.</source>
        <translation>Lütfen daha az cevap seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie ein Datum.</source>
        <translation>Lütfen bir tarih seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de).</source>
        <translation>Bu bir e-posta adresine benzemiyor (ad@ornek.de).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte geben Sie nur Ziffern, Leerzeichen und + ein.</source>
        <translation>Lütfen yalnızca rakam, boşluk ve + girin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte wählen Sie auch die Straße.</source>
        <translation>Lütfen sokağı da seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diese Antwort passt nicht.</source>
        <translation>Bu cevap uygun değil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– nicht beantwortet –</source>
        <translation>– cevaplanmadı –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nein</source>
        <translation>Hayır</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n von 5</source>
        <translation>
            <numerusform>5 üzerinden %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein bestimmter Ort</source>
        <translation>Belirli bir yer yok</translation>
    </message>
</context>
</TS>
