# Turkish, German, French, Spanish and Russian stories. Fictional; written for newsflow.
ARTICLES = [
# ------------------------------------------------------------------ Turkish
dict(id="tr-001", lang="tr", section="Ekonomi", date="2024-03-21", byline="Selin Aydın",
     title="Merkez Bankası politika faizini sabit tuttu",
     caption="Merkez Bankası binası.", credit="Fotoğraf: AA",
     body="""
Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 45 seviyesinde sabit bıraktı. Karar, ekonomistlerin büyük çoğunluğunun beklentisiyle uyumlu oldu.

Kurul, karar metninde enflasyonun ana eğiliminde yavaşlama sinyalleri görüldüğünü, ancak hizmet fiyatlarındaki katılığın sürdüğünü vurguladı. Sıkı para politikası duruşunun, enflasyonda kalıcı bir düşüş sağlanana kadar korunacağı belirtildi.

Açıklamada ayrıca kredi büyümesinin yakından izlendiği ve gerekli görülmesi halinde makroihtiyati tedbirlerin güncelleneceği ifade edildi.

## Piyasaların tepkisi

Kararın ardından dolar/TL kurunda sınırlı bir hareket görüldü. Borsa İstanbul'da bankacılık endeksi gün içinde yüzde 1,2 değer kazandı.

Ekonomist Murat Kaplan, kurulun mesajının beklenenden daha şahin olduğunu söyledi. Kaplan, "Piyasa yaz aylarında bir indirim fiyatlıyordu. Bu metin, indirimin daha geç gelebileceğini gösteriyor" dedi.

Esnaf ve sanayiciler ise yüksek finansman maliyetinden şikâyetçi. İzmir'de tekstil atölyesi işleten Hasan Çelik, işletme kredisi faizlerinin yüzde 60'ın üzerine çıktığını, bu nedenle yatırım planlarını ertelediğini anlattı.

Tüketici dernekleri de gıda ve kira artışlarının dar gelirli haneleri zorladığını hatırlatarak, fiyat istikrarının bir an önce sağlanması çağrısında bulundu.

Kurulun bir sonraki toplantısı nisan ayının sonunda yapılacak. Yıllık enflasyon şubat ayında yüzde 67 olarak açıklanmıştı.
"""),

dict(id="tr-002", lang="tr", section="Kültür-Sanat", date="2024-05-07", byline="Elif Kara",
     title="Ajans foto muhabirlerinin kareleri İstanbul'da sergide",
     caption="Sergiyi gezen ziyaretçiler.", credit="Fotoğraf: Kıyı Haber",
     body="""
Haber ajanslarında çalışan foto muhabirlerinin son yirmi yılda çektiği fotoğraflar, İstanbul'da açılan "Fotoğraf: AA" başlıklı sergide bir araya getirildi.

Sergide depremden seçimlere, maçlardan göç yollarına kadar pek çok olayı belgeleyen 90 kare yer alıyor. Her fotoğrafın yanında, gazetelerde genellikle yalnızca ajans adıyla yayımlanan karenin gerçek sahibinin adı ve çekildiği anın hikâyesi bulunuyor.

Serginin küratörü Zeynep Arslan, başlığı bilerek seçtiklerini söyledi. Arslan, "Okur gazetede 'Fotoğraf: AA' ya da 'Fotoğraf: DHA' yazısını görüp geçiyor. Biz o kısa satırın arkasındaki insanı göstermek istedik" dedi.

## Deprem bölgesinden kareler

Serginin en çok ilgi gören bölümü, 6 Şubat depremlerinin ilk saatlerinde çekilen fotoğraflardan oluşuyor. Kahramanmaraş'ta enkaz başında bekleyen bir babanın fotoğrafını çeken muhabir Emre Yılmaz, o anı unutamadığını anlattı.

"Deklanşöre basmak mı, yardım etmek mi, bunu düşündüğünüz saniyeler oluyor. O gün ikisini de yapmaya çalıştık" dedi.

Sergide ayrıca foto muhabirliğinin nasıl yapıldığını anlatan bir bölüm de bulunuyor. Ziyaretçiler, bir fotoğrafın çekildiği andan gazete sayfasına ulaşana kadar geçtiği aşamaları, editör masasında yazılan altyazıları ve ajans sisteminin işleyişini inceleyebiliyor.

Sergi, 30 Haziran'a kadar ücretsiz olarak gezilebilecek.
"""),

dict(id="tr-003", lang="tr", section="Spor", date="2024-04-14", byline="Burak Şahin",
     title="Karadeniz derbisinde kazanan çıkmadı",
     caption="Maçtan bir kare.", credit="Fotoğraf: İHA",
     body="""
Süper Lig'in 31. haftasında oynanan Karadeniz derbisinde Trabzon Yıldızları ile Samsun Gençlik 1-1 berabere kaldı. Mücadelede gollerin ikisi de ikinci yarıda geldi.

İlk yarıda daha etkili olan taraf ev sahibi ekipti. Trabzon Yıldızları, 23. dakikada direkten dönen bir şutla golden döndü. Samsun Gençlik ise kontratak denemeleriyle rakip kaleye zaman zaman yaklaştı, ancak net bir pozisyon bulamadı.

Ev sahibi ekip, 58. dakikada Kerem Doğan'ın ceza sahası dışından attığı şık golle öne geçti. Konuk takım, 76. dakikada kazandığı penaltıyı Brezilyalı forveti Thiago Lima ile gole çevirerek skoru eşitledi.

Son dakikalarda iki takım da galibiyet golü için yüklendi. Uzatma dakikalarında Samsun kalecisi Onur Kaya'nın yaptığı kurtarış, maçın sonucunu belirledi.

Trabzon Yıldızları teknik direktörü Levent Aksoy, maçın ardından yaptığı açıklamada oyuncularının mücadelesinden memnun olduğunu söyledi.

"Kazanmak için her şeyi yaptık. Bir puan da değerli" dedi.

Bu sonucun ardından Trabzon Yıldızları puanını 52'ye, Samsun Gençlik ise 47'ye yükseltti. Ligde gelecek hafta Trabzon Yıldızları deplasmanda İzmir Körfez'e konuk olacak.
"""),

dict(id="tr-004", lang="tr", section="Yaşam", date="2024-09-02", byline="Gökhan Öztürk",
     title="Yeni metro hattında test sürüşleri başladı",
     caption="Test sürüşü yapılan metro aracı.", credit="Fotoğraf: Belediye",
     body="""
İzmir'de yapımı süren Buca metrosunda ilk test sürüşleri başladı. Belediye yetkilileri, hattın gelecek yılın ilk yarısında yolcu taşımaya başlamasının planlandığını açıkladı.

13,5 kilometre uzunluğundaki hat, Üçyol ile Buca Çamlık arasında 11 istasyondan oluşuyor. Hattın tamamlanmasıyla birlikte iki nokta arasındaki yolculuk süresinin 40 dakikadan 20 dakikanın altına inmesi bekleniyor.

Test sürüşlerini izleyen Büyükşehir Belediye Başkanı, projenin kentin en büyük ulaşım yatırımı olduğunu söyledi.

"Bu hat, her gün yüz binlerce insanın hayatını kolaylaştıracak" dedi.

## Esnaf ve sakinlerin beklentisi

Yıllardır süren inşaat çalışmaları nedeniyle bazı caddelerde trafik düzenlemesi yapılmış, esnaf zor günler geçirmişti. Buca'da kırtasiye dükkânı işleten Ayşe Demir, müşteri sayısının üç yılda yarı yarıya düştüğünü anlattı.

"Metro açılınca herkes geri gelecek diye bekliyoruz" dedi.

Belediye, test sürecinde şu konuların denetleneceğini açıkladı:

- Sinyalizasyon ve haberleşme sistemleri
- Acil durum tahliye prosedürleri
- İstasyonlardaki yürüyen merdiven ve asansörler

Hattın işletmeye alınmasının ardından seferlerin sabah ve akşam saatlerinde dört dakikada bir yapılması planlanıyor. Belediye, bilet ücretlerinin mevcut metro hattıyla aynı olacağını da duyurdu.

Yetkililer, test sürüşleri boyunca bazı istasyon çevrelerinde geçici trafik düzenlemeleri yapılabileceği konusunda vatandaşları uyardı.
"""),

dict(id="tr-005", lang="tr", section="Bilim", date="2024-06-19", byline="Dr. Canan Yücel",
     title="Marmara'daki fay hattına yeni ölçüm istasyonları kuruldu",
     caption="Deniz tabanına yerleştirilen ölçüm cihazı.", credit="Fotoğraf: Arşiv",
     body="""
Marmara Denizi'nin altındaki Kuzey Anadolu Fayı'nı izlemek için deniz tabanına altı yeni ölçüm istasyonu yerleştirildi. Proje, Türk ve Alman araştırmacıların ortak çalışmasıyla yürütülüyor.

İstasyonlar, fay hattının iki yakasındaki hareketleri milimetre hassasiyetinde ölçebiliyor. Veriler, akustik sinyallerle yüzeydeki bir şamandıraya, oradan da uydu aracılığıyla araştırma merkezine aktarılıyor.

Projenin yürütücüsü Prof. Dr. Mehmet Erdem, fayın bazı bölümlerinin "kilitli" olduğunu, yani uzun süredir hareket etmeyerek enerji biriktirdiğini söyledi.

"Depremin ne zaman olacağını kimse söyleyemez. Ama fayın nerede enerji biriktirdiğini bilmek, hazırlığı doğru yere yönlendirmemizi sağlar" dedi.

## Kamuoyuna çağrı

Uzmanlar, ölçüm çalışmalarının yanı sıra binaların güçlendirilmesinin hayati önem taşıdığını vurguladı. İstanbul'da yaklaşık 90 bin binanın yüksek risk taşıdığı tahmin ediliyor.

Erdem, vatandaşlara deprem çantası hazırlamaları, aile içinde buluşma noktası belirlemeleri ve oturdukları binanın durumunu öğrenmeleri çağrısında bulundu.

Projeye katılan Alman ekibin lideri Dr. Katrin Weber ise Marmara'daki ölçüm ağının dünyadaki en yoğun deniz tabanı gözlem sistemlerinden biri haline geldiğini söyledi. Weber, elde edilecek verilerin benzer fay hatlarının bulunduğu başka bölgeler için de yol gösterici olacağını ifade etti.

Araştırmacılar, istasyonlardan gelen ilk verilerin değerlendirilmesinin bir yıl süreceğini ve sonuçların uluslararası bir dergide yayımlanacağını belirtti.
"""),

dict(id="tr-006", lang="tr", section="Dünya", date="2024-10-11", byline="Mert Yıldırım",
     title="Yurt dışında gözaltına alınan Türk öğrenci serbest bırakıldı",
     caption="Öğrencinin ailesi havalimanında.", credit="Fotoğraf: DHA",
     body="""
Yurt dışında bir gösteriyi izlediği sırada gözaltına alınan 22 yaşındaki Türk üniversite öğrencisi Defne Aksoy, dokuz gün sonra serbest bırakıldı.

Aksoy, değişim programı kapsamında eğitim gördüğü kentte, bir meydanda düzenlenen gösteriyi telefonuyla kaydederken polis tarafından gözaltına alınmıştı. Hakkında herhangi bir suçlama yöneltilmedi.

Ailesinin avukatı, öğrencinin gözaltında kaldığı süre boyunca düzenli olarak ziyaret edildiğini söyledi.

"Büyükelçilikle temas halindeydi, konsolosluk görevlileri her gün durumunu takip etti" dedi.

Dışişleri Bakanlığı da yaptığı yazılı açıklamada, vatandaşın serbest bırakılması için ilgili makamlarla yakın temas kurulduğunu bildirdi. Açıklamada, yurt dışındaki vatandaşların gösteri ve eylem alanlarından uzak durmaları tavsiye edildi.

## "Çok korktum"

Dün akşam İstanbul'a dönen Aksoy'u havalimanında annesi, babası ve arkadaşları karşıladı. Yorgun görünen öğrenci, kısa bir açıklama yaptı.

"Çok korktum ama bana iyi davrandılar. Şimdi sadece ailemle olmak istiyorum" dedi.

Öğrencinin babası Kemal Aksoy, kızının gözaltında olduğu günlerde yaşadıkları endişeyi anlatırken gözyaşlarını tutamadı. Baba Aksoy, destek veren herkese teşekkür etti.

Aksoy'un üniversitesi, öğrencinin eğitimine uzaktan devam edebileceğini ve dönem sonu sınavlarının erteleneceğini açıkladı. Ailesi, yaşananların ardından hukuki süreç başlatıp başlatmayacaklarını henüz kararlaştırmadıklarını belirtti.
"""),

# ------------------------------------------------------------------ German
dict(id="de-001", lang="de", section="Recht", date="2024-02-20", byline="Katrin Vogel",
     title="Gericht: Cookie-Banner ohne Ablehnen-Knopf sind unzulässig",
     caption="Ein Cookie-Banner auf einem Smartphone.", credit="Foto: dpa",
     body="""
Cookie-Banner, die auf der ersten Ebene nur einen Knopf zum Akzeptieren anbieten, sind rechtswidrig. Das hat das Verwaltungsgericht Hannover am Dienstag entschieden und damit die Klage eines Verlagshauses gegen eine Anordnung der Landesdatenschutzbehörde abgewiesen.

Die Behörde hatte den Verlag aufgefordert, sein Einwilligungsfenster umzugestalten. Nutzer konnten dort mit einem Klick „Alle akzeptieren“ auswählen, für eine Ablehnung mussten sie dagegen erst in die Einstellungen wechseln.

Die Richter folgten der Argumentation der Datenschützer. Eine Einwilligung sei nur dann freiwillig, wenn die Ablehnung ebenso einfach möglich sei wie die Zustimmung. Ein Banner, der Nutzer durch Farbgebung und zusätzliche Klicks zur Annahme drängt, erfülle diese Anforderung nicht.

## Auswirkungen für Verlage

Das Urteil dürfte weit über den Einzelfall hinaus Bedeutung haben. Viele Nachrichtenseiten und Onlineshops nutzen ähnliche Gestaltungen. Der Verlag kündigte an, Berufung beim Oberverwaltungsgericht zu prüfen.

„Wir finanzieren unseren Journalismus zu einem erheblichen Teil über Werbung“, sagte ein Sprecher. „Wenn die Zustimmungsraten sinken, hat das direkte Folgen für unsere Redaktion.“

Verbraucherschützer begrüßten die Entscheidung. Sie habe klargestellt, was eigentlich schon lange gelte, sagte Jana Brückner vom Landesverband der Verbraucherzentralen.

Das Urteil ist noch nicht rechtskräftig.
"""),

dict(id="de-002", lang="de", section="Politik", date="2024-11-08", byline="Stefan Maurer",
     title="Haushaltsausschuss einigt sich nach Nachtsitzung auf Etat",
     caption="Sitzungssaal des Haushaltsausschusses.", credit="Bild: picture alliance / dpa",
     body="""
Nach einer mehr als vierzehnstündigen Bereinigungssitzung hat sich der Haushaltsausschuss des Bundestages in der Nacht zum Freitag auf den Etat für das kommende Jahr geeinigt. Der Haushalt sieht Ausgaben von rund 476 Milliarden Euro vor.

Die Koalitionsfraktionen verständigten sich auf zusätzliche Mittel für die Bahn-Infrastruktur und die Bundeswehr. Gekürzt wird dagegen bei mehreren Förderprogrammen, unter anderem im Bereich der Gebäudesanierung.

Die Opposition kritisierte das Verfahren scharf. Die Abgeordneten hätten zahlreiche Änderungsanträge erst wenige Stunden vor der Sitzung erhalten, sagte der haushaltspolitische Sprecher der größten Oppositionsfraktion.

„So kann man kein Parlament behandeln“, sagte er.

## Schuldenbremse eingehalten

Nach Angaben des Finanzministeriums hält der Entwurf die Vorgaben der Schuldenbremse ein. Die Neuverschuldung soll bei rund 39 Milliarden Euro liegen. Ökonomen bezweifeln allerdings, dass einige der eingeplanten Einsparungen tatsächlich erreicht werden.

Die wichtigsten Änderungen im Überblick:

- zwei Milliarden Euro mehr für die Sanierung von Schienenstrecken
- höhere Mittel für die Beschaffung von Ausrüstung für die Bundeswehr
- Kürzungen bei der Förderung energetischer Sanierungen
- ein neues Programm zur Unterstützung kommunaler Schwimmbäder

Der Bundestag soll den Haushalt Ende November in zweiter und dritter Lesung verabschieden.
"""),

dict(id="de-003", lang="de", section="Wirtschaft", date="2024-06-12", byline="Miriam Hofstetter",
     title="Autozulieferer schickt 2000 Beschäftigte in Kurzarbeit",
     caption="Produktionshalle des Zulieferers.", credit="Foto: Imago",
     body="""
Der Autozulieferer Brenner Antriebstechnik schickt an seinen beiden Standorten in Baden-Württemberg rund 2000 Beschäftigte in Kurzarbeit. Grund seien die schwache Nachfrage nach Elektroautos und kurzfristig reduzierte Abrufe mehrerer Hersteller, teilte das Unternehmen am Mittwoch mit.

Die Kurzarbeit soll zunächst bis Ende September gelten. Betroffen sind vor allem die Fertigung von Getriebekomponenten und die Montage von Elektromotoren.

Der Betriebsratsvorsitzende Uwe Kessler sprach von einem „bitteren Schritt“, der aber besser sei als Entlassungen. Die Belegschaft sei verunsichert.

„Die Leute fragen sich, ob ihr Arbeitsplatz in fünf Jahren noch existiert“, sagte Kessler.

Das Unternehmen betonte, dass betriebsbedingte Kündigungen derzeit nicht geplant seien. Man halte an den Investitionen in die Elektromobilität fest, müsse aber die Produktion an die tatsächliche Nachfrage anpassen.

## Branche unter Druck

Brenner ist nicht der einzige Zulieferer, der mit Schwierigkeiten kämpft. Nach Angaben des Branchenverbandes haben seit Jahresbeginn mehr als ein Dutzend Unternehmen Kurzarbeit angemeldet oder Stellenabbau angekündigt.

Die Landesregierung kündigte an, mit Unternehmen und Gewerkschaften über Hilfen zu beraten. Der Wirtschaftsminister des Landes sagte, man werde den Strukturwandel „nicht dem Zufall überlassen“.
"""),

dict(id="de-004", lang="de", section="Sport", date="2024-03-17", byline="Jonas Lehmann",
     title="Spätes Tor rettet Aufsteiger einen Punkt",
     caption="Jubel nach dem Ausgleich.", credit="Foto: Imago",
     body="""
Mit einem Tor in der Nachspielzeit hat sich der Aufsteiger SC Weserau beim Tabellendritten einen Punkt gesichert. Das Spiel endete 2:2.

Die Gastgeber hatten die erste Halbzeit klar dominiert und gingen durch einen Kopfball von Luca Reinhardt nach einer Ecke in der 19. Minute verdient in Führung. Kurz vor der Pause erhöhte Mittelfeldspieler Ömer Yilmaz mit einem abgefälschten Distanzschuss auf 2:0.

Nach dem Seitenwechsel stellte Weserau-Trainer Frank Albers auf eine Dreierkette um und brachte zwei frische Stürmer. Die Umstellung zeigte Wirkung: In der 67. Minute verkürzte der eingewechselte Nico Bauer.

In der vierten Minute der Nachspielzeit war es dann Kapitän Marvin Scholz, der nach einem Freistoß am zweiten Pfosten zum umjubelten Ausgleich einköpfte.

„Die Mannschaft hat nie aufgehört, an sich zu glauben“, sagte Albers nach dem Spiel. „Das ist unsere größte Stärke.“

Der gegnerische Trainer haderte dagegen mit der Chancenverwertung seiner Mannschaft.

„Wir hätten das Spiel in der ersten Halbzeit entscheiden müssen“, sagte er.

Weserau bleibt damit auf dem 13. Tabellenplatz, fünf Punkte vor dem Relegationsrang. Am kommenden Samstag empfängt der Aufsteiger den Tabellenletzten.
"""),

dict(id="de-005", lang="de", section="Wissen", date="2024-08-29", byline="Dr. Anna Seidl",
     title="Alpengletscher verlieren in diesem Sommer erneut deutlich an Masse",
     caption="Der Gletscher im August.", credit="Foto: Archiv",
     body="""
Die Gletscher in den Ostalpen haben in diesem Sommer erneut stark an Masse verloren. Das geht aus vorläufigen Messungen eines Forschungsteams hervor, das seit über dreißig Jahren mehrere Gletscher in Tirol und Bayern beobachtet.

Besonders betroffen ist der Schwarzkar-Gletscher, dessen Eisdicke an einigen Messpunkten um mehr als drei Meter abgenommen hat. Ursache seien ein schneearmer Winter und eine lange Hitzeperiode im Juli, sagte die Glaziologin Dr. Theresa Lindner.

„Wir messen Verluste, die wir vor zwanzig Jahren für extreme Ausnahmen gehalten hätten“, sagte Lindner. „Heute sind sie fast normal.“

Auch Saharastaub, der im Frühjahr auf den Schnee geweht wurde, habe den Schmelzprozess beschleunigt. Die dunklere Oberfläche nimmt mehr Sonnenstrahlung auf.

## Folgen für Wasserversorgung und Tourismus

Der Rückgang der Gletscher hat Auswirkungen weit über die Berge hinaus. Im Spätsommer speisen Gletscher viele Bäche und Flüsse. Fällt dieser Beitrag weg, kann es in trockenen Jahren zu Engpässen bei der Wasserversorgung und der Stromerzeugung aus Wasserkraft kommen.

Für mehrere Skigebiete, die auf Gletschern liegen, wird die Lage ebenfalls schwieriger. Einige Betreiber decken Teile der Pisten im Sommer bereits mit Vliesplanen ab.

Nach Einschätzung der Forscher könnten die meisten kleineren Gletscher der Ostalpen bis 2050 verschwunden sein.
"""),

dict(id="de-006", lang="de", section="Region", date="2024-04-03", byline="Petra Klinger",
     title="Hauptbahnhof wird ab Mai umfassend saniert",
     caption="Die Bahnhofshalle.", credit="Foto: dpa",
     body="""
Der Hauptbahnhof der Stadt wird ab Mai für rund 85 Millionen Euro umfassend saniert. Das haben die Deutsche Bahn und die Stadtverwaltung am Mittwoch bei einer gemeinsamen Pressekonferenz bekannt gegeben. Die Arbeiten sollen bis Ende 2027 dauern.

Geplant sind unter anderem neue Bahnsteigdächer, moderne Aufzüge an allen Gleisen und eine Neugestaltung der Empfangshalle. Das denkmalgeschützte Gebäude aus dem Jahr 1906 soll dabei in seinem ursprünglichen Erscheinungsbild erhalten bleiben.

Oberbürgermeisterin Sabine Frey sprach von einem „lange überfälligen Schritt“. Viele Reisende hätten sich in den vergangenen Jahren über defekte Aufzüge und undichte Dächer beschwert.

## Einschränkungen für Fahrgäste

Während der Bauzeit müssen sich Fahrgäste auf Einschränkungen einstellen. Die Bahn nannte folgende Maßnahmen:

- Die Gleise 4 und 5 werden ab Juni für etwa ein Jahr gesperrt.
- Der Nordeingang wird während der Arbeiten an der Halle geschlossen.
- Einige Regionalzüge halten vorübergehend an einem Behelfsbahnsteig.

Der Fahrgastverband begrüßte die Sanierung, forderte aber eine bessere Information der Reisenden. „Baustellen sind unvermeidlich, schlechte Kommunikation ist es nicht“, sagte der Vorsitzende des Verbandes.

Die Geschäfte in der Bahnhofshalle sollen während der gesamten Bauzeit geöffnet bleiben.
"""),

# ------------------------------------------------------------------ French
dict(id="fr-001", lang="fr", section="Médias", date="2024-05-28", byline="Camille Rousseau",
     title="La plateforme de newsletters Lettrine lève 12 millions d'euros",
     caption="Les fondateurs de Lettrine dans leurs bureaux parisiens.", credit="Photo : Lettrine",
     body="""
La start-up parisienne Lettrine, qui permet aux journalistes et aux auteurs de publier des newsletters payantes, a annoncé mardi une levée de fonds de 12 millions d'euros auprès de plusieurs investisseurs européens.

Créée il y a trois ans, la plateforme revendique aujourd'hui 4 000 auteurs actifs et environ 180 000 abonnés payants. Les lecteurs peuvent s'abonner gratuitement à une newsletter ou payer pour recevoir des éditions réservées, généralement entre 4 et 8 euros par mois.

« Nous voulons que les auteurs puissent vivre de leur travail sans dépendre des algorithmes des réseaux sociaux », explique la cofondatrice Juliette Marchand.

Lettrine prélève une commission de 8 % sur les abonnements, contre 10 % chez son principal concurrent américain.

## Des journalistes indépendants séduits

De nombreux journalistes ayant quitté des rédactions traditionnelles ont choisi la plateforme pour lancer leur propre titre. C'est le cas d'Antoine Lefèvre, ancien reporter économique, dont la newsletter hebdomadaire sur l'industrie compte désormais 3 200 abonnés payants.

« Au début, je pensais que personne ne paierait pour lire un courriel, raconte-t-il. Aujourd'hui, c'est ma principale source de revenus. »

Les fonds levés serviront à développer une application mobile et à proposer des outils pour les podcasts. L'entreprise compte recruter une vingtaine de personnes d'ici à la fin de l'année.

Certains observateurs restent prudents. Selon eux, le marché des newsletters payantes pourrait arriver à saturation, les lecteurs hésitant à multiplier les abonnements.
"""),

dict(id="fr-002", lang="fr", section="Politique", date="2024-10-15", byline="Nicolas Bertrand",
     title="Budget : le gouvernement engage sa responsabilité à l'Assemblée",
     caption="Le Premier ministre dans l'hémicycle.", credit="Photo : AFP",
     body="""
Faute de majorité pour adopter le projet de loi de finances, le gouvernement a engagé mardi sa responsabilité devant l'Assemblée nationale. Les groupes d'opposition ont aussitôt annoncé le dépôt de motions de censure.

Le Premier ministre a justifié ce choix par la nécessité de doter le pays d'un budget avant la fin de l'année. « Nous ne pouvons pas laisser la France sans budget », a-t-il déclaré à la tribune, sous les huées d'une partie de l'hémicycle.

Le texte prévoit une réduction du déficit public à 5 % du produit intérieur brut l'an prochain, grâce à des économies sur les dépenses de l'État et à une contribution exceptionnelle demandée aux grandes entreprises.

## La censure en suspens

Pour être adoptée, une motion de censure doit recueillir la majorité absolue des députés, soit 289 voix. Les calculs restent incertains, plusieurs députés du centre n'ayant pas encore fait connaître leur position.

Une députée de l'opposition a dénoncé « un passage en force de plus ». Un responsable de la majorité a répondu que l'opposition « n'avait proposé aucune solution crédible ».

Les motions de censure seront examinées jeudi après-midi. Si l'une d'elles est adoptée, le gouvernement devra présenter sa démission.

Les agences de notation suivent de près la situation. L'une d'elles doit publier une nouvelle évaluation de la dette française à la fin du mois.
"""),

dict(id="fr-003", lang="fr", section="Justice", date="2024-06-21", byline="Élodie Martin",
     title="Procès de l'effondrement de l'immeuble : le propriétaire condamné",
     caption="Le palais de justice de Marseille.", credit="Photo d'illustration",
     body="""
Le tribunal correctionnel de Marseille a condamné vendredi le propriétaire d'un immeuble effondré en 2021 à quatre ans de prison, dont deux avec sursis, pour homicides involontaires. Trois personnes avaient trouvé la mort dans l'accident.

Le tribunal a estimé que le prévenu, âgé de 61 ans, avait été informé à plusieurs reprises de l'état de délabrement du bâtiment et n'avait pas engagé les travaux nécessaires. Un rapport d'expert, remis un an avant le drame, signalait des fissures importantes dans les murs porteurs.

Dans la salle, les familles des victimes ont accueilli la décision avec émotion. « Ce jugement ne nous rendra pas nos proches, mais il dit enfin la vérité », a réagi la sœur de l'une des victimes.

L'architecte chargé du suivi de l'immeuble a été condamné à dix-huit mois de prison avec sursis. Un représentant du syndic de copropriété a en revanche été relaxé.

L'avocat du propriétaire a annoncé son intention de faire appel. Selon lui, son client « a été désigné comme bouc émissaire » alors que la mairie connaissait elle aussi la situation.

Depuis l'effondrement, la ville a multiplié les arrêtés de péril. Plus de 1 500 personnes ont été évacuées de logements jugés dangereux ces trois dernières années, selon les chiffres de la municipalité.
"""),

dict(id="fr-004", lang="fr", section="Sports", date="2024-07-11", byline="Thomas Girard",
     title="Tour de France : un Breton s'impose au sommet après une échappée de 150 kilomètres",
     caption="L'arrivée de l'étape.", credit="Photo : MaxPPP",
     body="""
Le Breton Yann Le Goff a remporté jeudi la douzième étape du Tour de France, au terme d'une échappée de plus de 150 kilomètres. Le coureur de 26 ans a lâché ses derniers compagnons dans l'ascension finale, à six kilomètres de l'arrivée.

C'est la première victoire d'étape sur le Tour pour ce coureur d'une équipe continentale professionnelle, invitée par les organisateurs. Il avait tenté sa chance à trois reprises depuis le départ, sans succès.

« J'ai pensé à ma famille dans le dernier kilomètre, a-t-il confié, les larmes aux yeux. Ils étaient au bord de la route il y a trois jours et je n'avais rien pu leur offrir. »

Derrière, les favoris se sont neutralisés. Le maillot jaune, le Danois Mikkel Sørensen, a conservé une avance de 1 minute 12 secondes sur son premier poursuivant au classement général.

Plusieurs coureurs ont été victimes d'une chute dans la descente du col précédent. Le Néerlandais Bram de Vries, quatrième du classement général, a franchi la ligne avec plus de trois minutes de retard et souffre d'une blessure au poignet.

La treizième étape, vendredi, mènera les coureurs sur un parcours plat. Elle devrait sourire aux sprinteurs.
"""),

dict(id="fr-005", lang="fr", section="Sciences", date="2024-09-24", byline="Pauline Lemoine",
     title="Une comète bientôt visible à l'œil nu dans le ciel français",
     caption="La comète photographiée depuis un observatoire.", credit="Crédit photo : Observatoire",
     body="""
Les amateurs d'astronomie ont rendez-vous avec une comète au début du mois d'octobre. Selon les astronomes, l'objet pourrait devenir visible à l'œil nu depuis la France, à condition de s'éloigner des lumières des villes.

La comète, découverte l'an dernier par un télescope automatique, s'approche actuellement du Soleil. En se réchauffant, la glace qui la compose se transforme en gaz et forme une longue queue lumineuse.

« Les comètes sont capricieuses, prévient l'astronome Hélène Dufour, de l'observatoire de Haute-Provence. Certaines se fragmentent et disparaissent, d'autres deviennent beaucoup plus brillantes que prévu. »

## Comment l'observer

Les spécialistes donnent quelques conseils pour profiter du spectacle :

- se rendre dans un lieu dégagé, loin de l'éclairage public ;
- regarder vers l'ouest, environ une heure après le coucher du Soleil ;
- laisser ses yeux s'habituer à l'obscurité pendant au moins vingt minutes ;
- utiliser des jumelles pour distinguer la queue.

Plusieurs clubs d'astronomie organisent des soirées d'observation gratuites. La Société astronomique régionale prévoit notamment une nuit d'observation au plateau de Valensole, si la météo le permet.

La comète ne reviendra pas avant plusieurs dizaines de milliers d'années.
"""),

dict(id="fr-006", lang="fr", section="Lyon", date="2024-12-03", byline="Sophie Gauthier",
     title="Grève dans les transports lyonnais : métro et tramways perturbés jeudi",
     caption="Une station de métro à Lyon.", credit="Photo : AFP",
     body="""
Les usagers des transports en commun lyonnais doivent s'attendre à de fortes perturbations jeudi. Plusieurs syndicats de conducteurs ont appelé à la grève pour protester contre les nouvelles grilles horaires et réclamer des hausses de salaire.

Selon l'exploitant du réseau, seul un métro sur deux circulera sur les lignes A et B, et un sur trois sur la ligne D. Les tramways fonctionneront avec des fréquences fortement réduites, tandis que certaines lignes de bus ne seront pas desservies du tout.

Les syndicats dénoncent une dégradation des conditions de travail. « Nous enchaînons des journées de plus en plus longues avec des pauses de plus en plus courtes », explique un conducteur de tramway, délégué syndical depuis dix ans.

La direction assure de son côté avoir fait des propositions lors de la dernière réunion de négociation, notamment une prime annuelle de 600 euros. Une offre jugée insuffisante par les grévistes.

La métropole a invité les habitants à privilégier le télétravail lorsque c'est possible, et rappelé que les vélos en libre-service resteraient disponibles.

Une nouvelle réunion entre la direction et les syndicats est prévue vendredi matin. Les organisations syndicales n'excluent pas de reconduire le mouvement la semaine prochaine.
"""),

# ------------------------------------------------------------------ Spanish
dict(id="es-001", lang="es", section="Tecnología", date="2024-04-09", byline="Lucía Fernández",
     title="Una red social suspende 8.000 cuentas por difundir bulos sobre la sequía",
     caption="La aplicación de la red social en un teléfono.", credit="Foto: Europa Press",
     body="""
La red social Parloteo ha suspendido más de 8.000 cuentas que, según la compañía, formaban parte de una campaña coordinada para difundir informaciones falsas sobre la sequía y el reparto del agua en el sur de España.

Las cuentas publicaban mensajes casi idénticos y pedían a los usuarios que los compartieran en WhatsApp y Telegram. Muchas de ellas invitaban a «seguir para conocer la verdad que ocultan los medios», según el informe publicado por la empresa.

La compañía explicó que la red había acumulado más de un millón de seguidores antes de ser desmantelada. Parte de los perfiles utilizaban fotografías robadas de personas reales.

«No eran vecinos preocupados por el agua, sino una operación organizada», afirmó la responsable de seguridad de la plataforma, Marta Ibáñez.

## Bulos sobre los embalses

Entre los mensajes más compartidos figuraba la falsa afirmación de que el Gobierno estaba vaciando embalses a propósito para vender el agua a otros países. Varias organizaciones de verificación de datos ya habían desmentido esa información.

Agricultores de la zona lamentaron que los bulos hubieran aumentado la tensión en un momento muy delicado. «Bastante tenemos con la falta de lluvia como para tener que desmentir mentiras cada día», dijo un regante de Almería.

La empresa ha trasladado su informe a las autoridades electorales y a la Comisión Europea, que investiga a varias plataformas por su gestión de la desinformación.
"""),

dict(id="es-002", lang="es", section="Economía", date="2024-08-14", byline="Javier Morales",
     title="La inflación baja al 2,8 % en julio por el abaratamiento de la electricidad",
     caption="Clientes en un mercado de Madrid.", credit="Foto: EFE",
     body="""
La tasa de inflación se moderó en julio hasta el 2,8 %, tres décimas menos que en junio, según el dato definitivo publicado este miércoles por el Instituto Nacional de Estadística.

La bajada se explica sobre todo por el abaratamiento de la electricidad y, en menor medida, de los carburantes. Los alimentos, en cambio, siguieron encareciéndose, aunque a un ritmo menor que en meses anteriores.

El aceite de oliva continúa siendo uno de los productos que más ha subido en el último año, si bien su precio ha comenzado a bajar en las últimas semanas gracias a las previsiones de una buena cosecha.

## La subyacente se mantiene

La inflación subyacente, que excluye la energía y los alimentos no elaborados, se mantuvo estable en el 2,8 %. Los economistas consideran este indicador más representativo de la evolución de los precios a medio plazo.

El Ministerio de Economía destacó que los salarios están creciendo por encima de los precios, lo que permite a los hogares recuperar poder adquisitivo.

Las asociaciones de consumidores, sin embargo, recordaron que muchas familias todavía no han recuperado lo perdido durante los años de inflación alta. «La cesta de la compra sigue siendo mucho más cara que hace tres años», señaló la portavoz de una de estas organizaciones.

El Banco Central Europeo se reunirá en septiembre para decidir si vuelve a bajar los tipos de interés.
"""),

dict(id="es-003", lang="es", section="Deportes", date="2024-05-26", byline="Álvaro Ruiz",
     title="El Atlético Costero asciende a Primera tras una tarde de infarto",
     caption="Los jugadores celebran el ascenso.", credit="Foto: EFE",
     body="""
El Atlético Costero volverá a Primera División nueve años después. El equipo andaluz derrotó por 2-1 al Real Montaña en la última jornada de Segunda, en un partido que no se decidió hasta el minuto 93.

El estadio, lleno hasta la bandera, vivió una tarde de nervios. El Costero se adelantó en la primera parte con un gol de cabeza del central Iker Salazar, pero el Montaña empató poco después del descanso y silenció las gradas.

Cuando el empate parecía condenar al equipo a la promoción, el delantero uruguayo Matías Pereyra recogió un rechace en el área y marcó el gol que desató la locura.

«No sé ni cómo la metí. Solo vi el balón y le pegué con el alma», dijo Pereyra, todavía sobre el césped.

Miles de aficionados invadieron el terreno de juego tras el pitido final. La celebración continuó por la noche en el paseo marítimo, donde la policía cortó el tráfico para permitir la fiesta.

El entrenador, Carlos Medina, que llegó al club en diciembre con el equipo en mitad de la tabla, dedicó el ascenso a la afición.

«Esta ciudad lo merecía. Hemos sufrido mucho, pero hoy todo ha valido la pena», afirmó.

El club presentará mañana el calendario de actos de celebración, que incluirá una rúa por el centro de la ciudad.
"""),

dict(id="es-004", lang="es", section="Sociedad", date="2024-02-06", byline="Carmen Ortega",
     title="Los embalses de la cuenca bajan del 20 % y se endurecen las restricciones",
     caption="Un embalse casi vacío en la provincia.", credit="Imagen de archivo",
     body="""
Las reservas de agua de la cuenca han caído por debajo del 20 % de su capacidad por primera vez desde que existen registros, lo que ha llevado a la confederación hidrográfica a endurecer las restricciones para municipios y regantes.

A partir del lunes, los ayuntamientos deberán reducir el consumo urbano un 25 % respecto al mismo mes del año anterior. Los agricultores verán recortadas sus dotaciones de riego a la mitad.

El presidente de la confederación pidió la colaboración de todos los ciudadanos. «Cada litro cuenta. No es una frase hecha, es literalmente así», afirmó en rueda de prensa.

Entre las medidas aprobadas figuran:

- la prohibición de llenar piscinas privadas;
- el cierre de las duchas en las playas;
- la limitación del riego de parques y jardines al horario nocturno;
- la reducción de la presión del agua en la red durante la noche.

Varios municipios pequeños ya dependen de camiones cisterna para abastecer a la población. Los alcaldes de la comarca reclaman ayudas urgentes para conectar sus redes con las desaladoras de la costa.

Las organizaciones agrarias calculan que las pérdidas en el sector podrían superar los 500 millones de euros este año si no llueve en primavera.
"""),

dict(id="es-005", lang="es", section="Tribunales", date="2024-11-20", byline="Raúl Domínguez",
     title="El Supremo obliga a los bancos a devolver comisiones cobradas por descubiertos",
     caption="Sede del Tribunal Supremo.", credit="Foto: Europa Press",
     body="""
El Tribunal Supremo ha declarado abusivas las comisiones que varias entidades bancarias cobraban a sus clientes cuando la cuenta se quedaba en números rojos, y ha ordenado su devolución.

La sentencia, conocida este miércoles, resuelve el recurso de una clienta a la que su banco cobró 35 euros cada vez que su cuenta presentó un descubierto, aunque fuera de pocos euros y durante un solo día.

Los magistrados consideran que la comisión no respondía a un servicio efectivamente prestado ni a un coste real para la entidad, y que su importe era desproporcionado. Por ello, la cláusula que la recogía debe considerarse nula.

La decisión sienta jurisprudencia y afectará a miles de procedimientos pendientes en juzgados de todo el país.

## Cómo reclamar

Las asociaciones de consumidores recomiendan a los afectados revisar sus extractos de los últimos años y presentar primero una reclamación ante el servicio de atención al cliente de su banco. Si la entidad no responde en un plazo de un mes, pueden acudir al Banco de España o a los tribunales.

La patronal bancaria señaló en un comunicado que respeta la decisión del Supremo y que las entidades analizarán su alcance.

Una de las abogadas de la demandante se mostró satisfecha. «Es una victoria pequeña en euros, pero enorme en principios», declaró.
"""),

# ------------------------------------------------------------------ Russian
dict(id="ru-001", lang="ru", section="В мире", date="2024-03-13", byline="Анна Смирнова",
     title="Задержанная за границей россиянка вернулась домой",
     caption="Встреча в аэропорту.", credit="Фото: пресс-служба",
     body="""
Жительница Новосибирска Екатерина Белова, задержанная в одной из стран Юго-Восточной Азии по подозрению в нарушении визового режима, вернулась домой. Её встретили в аэропорту родственники и друзья.

Белову задержали в конце февраля в аэропорту, когда она собиралась вылететь домой после месячного отпуска. Местные власти утверждали, что она превысила разрешённый срок пребывания в стране на несколько дней.

По словам её мужа, всё это время семья почти не получала информации.

«Она была на связи с посольством, и только это нас немного успокаивало», — рассказал он.

В посольстве подтвердили, что консульские сотрудники несколько раз посещали россиянку и помогли найти местного адвоката. В итоге суд ограничился штрафом, и Белову освободили.

## «Я просто перепутала даты»

Сама Екатерина рассказала журналистам, что ошибку допустила по невнимательности.

«Я просто перепутала даты в билете. Никогда не думала, что за это можно оказаться в камере», — сказала она.

Юристы советуют туристам внимательно проверять сроки действия виз и разрешённого пребывания, а также сохранять контакты консульства страны назначения до начала поездки. По их словам, подобные истории случаются чаще, чем принято думать, но редко становятся известны.
"""),

dict(id="ru-002", lang="ru", section="Экономика", date="2024-07-26", byline="Дмитрий Козлов",
     title="Центробанк повысил ключевую ставку до 18 процентов",
     caption="Здание Центрального банка.", credit="Фото: ТАСС",
     body="""
Совет директоров Центрального банка повысил ключевую ставку на два процентных пункта, до 18 процентов годовых. Большинство аналитиков ожидали менее резкого шага.

В пресс-релизе регулятор объяснил решение тем, что инфляция в последние месяцы ускорилась и существенно превышает прогноз. Рост внутреннего спроса, по оценке Центробанка, опережает возможности экономики по расширению производства.

Председатель банка на пресс-конференции не исключила дальнейшего повышения ставки на одном из ближайших заседаний.

«Мы сделаем всё необходимое, чтобы вернуть инфляцию к цели», — заявила она.

## Что это значит для граждан

Повышение ставки уже в ближайшие недели отразится на условиях кредитов и вкладов. Эксперты называют основные последствия:

- ставки по потребительским кредитам и ипотеке без господдержки вырастут;
- доходность банковских депозитов также повысится;
- спрос на автокредиты и крупные покупки, вероятно, снизится.

Представители бизнеса выразили обеспокоенность решением. По их словам, дорогие кредиты затрудняют модернизацию производства и реализацию инвестиционных проектов.

Аналитики отмечают, что решение регулятора может поддержать рубль, однако в среднесрочной перспективе высокие ставки способны замедлить рост экономики. Часть экспертов уже пересмотрела прогнозы по ВВП на следующий год в сторону понижения.

Следующее заседание совета директоров по ключевой ставке запланировано на сентябрь.
"""),

dict(id="ru-003", lang="ru", section="Спорт", date="2024-04-18", byline="Игорь Васильев",
     title="«Северные волки» вышли в финал конференции после овертайма",
     caption="Игроки празднуют победную шайбу.", credit="Фото: пресс-служба клуба",
     body="""
Хоккеисты «Северных волков» победили «Уральский металлург» в седьмом матче полуфинальной серии и впервые за двенадцать лет вышли в финал конференции. Судьба встречи решилась во втором овертайме.

Основное время завершилось со счётом 2:2. Хозяева дважды выходили вперёд, но гости оба раза отыгрывались, причём второй раз — за полторы минуты до конца третьего периода, заменив вратаря шестым полевым игроком.

В первом овертайме обе команды имели по несколько опасных моментов, однако вратари действовали безупречно. На 87-й минуте матча молодой нападающий Артём Лебедев подправил бросок партнёра от синей линии, и шайба оказалась в сетке.

«Я даже не сразу понял, что забил. Увидел только, как все бросились ко мне», — признался 20-летний хоккеист после игры.

Главный тренер «Северных волков» Сергей Морозов поблагодарил болельщиков, которые поддерживали команду на протяжении всей серии.

«Ребята выдержали невероятное давление. Этот матч они будут помнить всю жизнь», — сказал он.

В финале конференции «Северные волки» встретятся с победителем пары «Динамо-Восток» — «Балтика». Первый матч серии состоится в воскресенье.
"""),

dict(id="ru-004", lang="ru", section="Наука", date="2024-09-05", byline="Ольга Никитина",
     title="Учёные обнаружили на дне Байкала неизвестный вид губок",
     caption="Исследовательское судно на Байкале.", credit="Фото из открытых источников",
     body="""
Участники научной экспедиции на Байкале обнаружили на глубине около 300 метров ранее неизвестный вид пресноводных губок. Об открытии сообщили исследователи Лимнологического института.

Образцы были подняты со дна с помощью подводного аппарата во время летней экспедиции. Генетический анализ показал, что найденные организмы заметно отличаются от всех описанных ранее байкальских губок.

По словам руководителя экспедиции Алексея Орлова, губки играют важную роль в экосистеме озера: они фильтруют воду и служат укрытием для многих мелких животных.

«Байкал продолжает нас удивлять. Мы изучаем его больше ста лет и всё ещё находим новые виды», — отметил учёный.

## Тревожные изменения

Вместе с тем исследователи обращают внимание на то, что в прибрежной зоне озера в последние годы наблюдается массовая гибель губок. Среди возможных причин называют загрязнение воды, рост температуры и распространение болезней.

Глубоководные колонии, подобные обнаруженной, пока остаются в хорошем состоянии. Учёные надеются, что их изучение поможет понять, как сохранить губок на мелководье.

Описание нового вида будет опубликовано в научном журнале до конца года. Экспедиция планирует вернуться к месту находки следующим летом.
"""),

dict(id="ru-005", lang="ru", section="Город", date="2024-06-07", byline="Мария Павлова",
     title="В городе открылся обновлённый парк на набережной",
     caption="Посетители на новой набережной.", credit="Фото: пресс-служба мэрии",
     body="""
После двухлетней реконструкции в субботу открылся парк на набережной реки. В первый день его посетили несколько тысяч горожан.

В ходе работ в парке высадили более 600 деревьев и кустарников, проложили велодорожки, оборудовали детские и спортивные площадки. На месте старой лодочной станции появился летний амфитеатр на 400 зрителей.

Отдельное внимание уделили доступности: во всех частях парка установлены пандусы, а на главной аллее — тактильная плитка для незрячих людей.

Жители в целом высоко оценили результат. «Раньше сюда было страшно заходить вечером, а теперь здесь светло и людно», — рассказала пенсионерка Галина Сергеевна, живущая в соседнем доме.

Однако некоторые горожане жалуются на нехватку парковочных мест рядом с парком. В мэрии пообещали рассмотреть возможность организации дополнительной стоянки.

## Что будет дальше

Реконструкция набережной на этом не завершится. В следующем году планируется благоустроить ещё один участок протяжённостью около километра, где появятся пляж и пирс для прогулочных катеров.

Летом в амфитеатре будут проходить бесплатные концерты и кинопоказы. Расписание мероприятий опубликуют на сайте администрации города.
"""),
]
