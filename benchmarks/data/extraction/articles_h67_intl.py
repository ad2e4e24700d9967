# Turkish, German, French, Spanish and Russian stories for the sixty-seventh held-out part (h67-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h67_en.py.
ARTICLES = [
dict(id="h67-tr-001", lang="tr", tpl="nextjs", section="Gündem", date="2026-08-12", byline="Selin Karabulut",
     title="Sarıkaya'da düğün salonlarına gece yarısından sonra müzik yasağı",
     sub="Belediye meclisi, yalnızca iki ayda 311 gürültü şikâyeti gelmesinin ardından kararı oy birliğiyle aldı.",
     caption="Çınarlı Mahallesi'ndeki kır bahçelerinden biri.", credit="Fotoğraf: Selin Karabulut",
     carry=["noiseboard"],
     body="""
Sarıkaya Belediyesi, ilçedeki düğün salonlarında ve kır bahçelerinde gece saat 00.00'dan sonra canlı ya da yüksek sesli müzik yapılmasını yasakladı. Karar, belediye meclisinin dünkü oturumunda oy birliğiyle kabul edildi.

Yasak, özellikle Yenimahalle ve Çınarlı sakinlerinin aylardır süren şikâyetleri üzerine gündeme geldi. Belediye verilerine göre yalnızca temmuz ve ağustos aylarında zabıtaya 311 gürültü şikâyeti ulaştı.

**Davul zurna sabaha kadar**

Çınarlı Mahallesi'nde oturan emekli öğretmen Hatice Yalçın, evinin 80 metre ötesindeki kır bahçesinden gelen müzik yüzünden yaz boyunca uyuyamadığını söyledi. "Düğüne kimse karşı değil. Ama hafta içi gece ikide davul zurna çalınınca sabah işe giden komşularımız perişan oluyor," dedi.

Yenimahalle muhtarı Kemal Duran ise bazı salonların pencereleri açık bıraktığını, hoparlörleri bahçeye çevirdiğini anlattı.

**Salon sahipleri tedirgin**

İlçedeki 14 düğün salonundan birinin sahibi olan Murat Aksoy, kararın sezonun ortasında alınmasını eleştirdi. "Eylül sonuna kadar 40 düğünümüz var. Çoğunun sözleşmesi gece birde bitiyor. Gelinle damada ne diyeceğiz?" diye sordu.

Belediye Başkan Yardımcısı Serpil Korkmaz, daha önce imzalanmış sözleşmeler için 1 Ekim'e kadar geçiş süresi tanındığını açıkladı. Kurala uymayan işletmelere ilk seferde uyarı, tekrarında idari para cezası verilecek.

**Ses ölçümü yapılacak**

Zabıta ekipleri hafta sonları salonların çevresinde ses ölçümü yapacak. Sınırın aşıldığı tespit edilirse işletmenin ruhsatı da gözden geçirilecek.

Kararın tam metni belediye binasındaki ilan panosuna ve muhtarlıklara asıldı.
"""),

dict(id="h67-tr-002", lang="tr", tpl="ucoz", site="Gökçeören Köyü", kind="small", section="Köyümüzden",
     date="2026-05-18", byline="gokceoren_muhtar",
     title="Yirmi yıldır kapalı köy okulumuz kütüphane oldu",
     sub="Otuz iki köylümüzün katıldığı imeceyle eski okul binası okuma odasına dönüştü.",
     caption="Kütüphanenin açılış günü.", credit="Fotoğraf: Gökçeören Muhtarlığı",
     body="""
Yirmi yıldır kapalı duran köy okulumuz, geçen hafta sonu yapılan imeceyle kütüphaneye ve okuma odasına dönüştü. Açılışa köylülerimizin yanı sıra gurbetten gelen hemşehrilerimiz de katıldı.

Okul binası 2006'da taşımalı eğitim başlayınca kapatılmıştı. Çatısı akıtıyor, pencerelerinin çoğu kırıktı. Muhtarlığımız geçen yıl binayı kullanmak için il özel idaresine başvurdu, izin bu bahar geldi.

İşe 32 köylümüz katıldı. Kimin ne yaptığını burada da yazalım:

- Çatıyı Hasan Usta ile oğulları onardı
- Pencere camlarını İzmir'deki hemşehrimiz Rıza Bey gönderdi
- Rafları Veli Amca eski ceviz kerestesinden çaktı
- Boyayı kadınlarımız iki günde bitirdi

Kitapların çoğu bağış. İlçe Halk Kütüphanesi 600 kitap verdi, Ankara'daki köy derneğimiz de 400 kitap topladı. Şu an raflarda 1.100'den fazla kitap var.

Kütüphaneyi emekli öğretmenimiz Nuriye Hanım gönüllü olarak açacak. "Bu sınıfta otuz yıl ders verdim. Şimdi aynı sınıfta çocuklara kitap vereceğim, daha ne isterim," dedi.

Kütüphane şimdilik cumartesi ve pazar günleri 14.00 ile 17.00 arasında açık. Kitap bağışı yapmak isteyenler muhtarlıkla iletişime geçebilir.

Açılış gününün fotoğraflarını önümüzdeki günlerde bu sayfada paylaşacağız.
"""),

dict(id="h67-tr-003", lang="tr", tpl="portal", section="Yaşam", date="2026-11-04", byline="Orhan Demirtaş",
     title="52 yıllık saatçi Cemal Usta: \"Para dijitalden, gönül mekanikten\"",
     sub="Bakırcılar Çarşısı'ndaki dükkânını bu ay yeğenine devreden Cemal Özdemir, 71 yaşında.",
     caption="Cemal Özdemir tezgâhının başında.", credit="Fotoğraf: Orhan Demirtaş",
     low=0,
     body="""
Eskipazar'ın Bakırcılar Çarşısı'ndaki dükkânında 52 yıldır saat tamir eden Cemal Özdemir 71 yaşında. Dükkânı bu ay yeğenine devrediyor. Kendisiyle tezgâhının başında konuştuk.

**Bu mesleğe kaç yaşında girdiniz?**

On üç yaşında, okuldan sonra bu dükkânın önünü süpürmeye geldim. Ustam Agop Usta'ydı. Bana önce sabretmeyi öğretti, sonra tornavidayı.

**Sizi en çok uğraştıran saat hangisiydi?**

Bir köylü, dedesinden kalma bir cep saatini getirmişti. 1890'lardan kalma, İsviçre malı. Parçası yoktu, yayı kırıktı. Üç ayda kendim yaptım. Adam ağladı, ben de ağladım.

**Ya dijital saatler?**

Onlar pil, kayış, cam. Para onlardan geliyor ama gönül mekanik saatte.

**Hiç hata yaptınız mı?**

Olmaz mı? Gençken bir müşterinin saatini kurarken yayı kopardım. Ustam bir hafta konuşmadı benimle. O günden beri acele etmem.

**Yeğeniniz ne diyor?**

O bilgisayarcı ama eli yatkın. İki yıldır akşamları geliyor, öğreniyor. Dükkânın adı değişmeyecek, ona söz verdirdim.

**Siz ne yapacaksınız?**

Sabahları yine gelirim, çayımı içerim. Tezgâha oturmam ama göz kulak olurum.

Dükkân hafta içi her gün 09.00 ile 19.00 arasında açık.
"""),

dict(id="h67-de-001", lang="de", tpl="escenic", site="Lahnfelder Landbote",
     section="Kreis Lahnfeld", date="2026-02-12", byline="Miriam Hartlieb",
     title="Falsche Polizisten erbeuten 160.000 Euro bei Senioren im Kreis",
     sub="Innerhalb von zwei Wochen hat die Polizeidirektion Lahnfeld 47 Anzeigen wegen verdächtiger Anrufe gezählt. In fünf Fällen übergaben Ältere Geld oder Schmuck.",
     caption="Die Polizeidirektion Lahnfeld in Bad Kelbach.", credit="Foto: Lahnfelder Landbote",
     body_caption="Kriminalhauptkommissar Jens Wöhrle bei einem Vortrag im Seniorentreff Oberweil.",
     carry=["scamalert"],
     look=[("highlight", "Mit Schockanrufen und angeblichen Polizeibeamten"), ("italic", "„Ich habe mich so geschämt"),
           ("br", "Angehörige sollten mit älteren Familienmitgliedern")],
     body="""
Mit Schockanrufen und angeblichen Polizeibeamten haben Betrüger im Kreis Lahnfeld innerhalb von zwei Wochen rund 160.000 Euro von älteren Menschen erbeutet. Die Polizeidirektion spricht von einer neuen Welle.

Allein am vergangenen Wochenende gingen bei der Polizei 47 Anzeigen wegen verdächtiger Anrufe ein. In fünf Fällen übergaben die Angerufenen Geld oder Schmuck an Abholer.

## Die Masche

Die Täter melden sich meist am Vormittag und geben sich als Kriminalbeamte aus. Sie behaupten, in der Nachbarschaft seien Einbrecher festgenommen worden, bei denen man einen Zettel mit der Adresse des Opfers gefunden habe. Geld und Wertsachen seien zu Hause nicht mehr sicher und sollten einem Beamten zur Aufbewahrung übergeben werden.

Eine 84-jährige Frau aus Oberweil übergab auf diese Weise Goldmünzen und Bargeld im Wert von 58.000 Euro an einen jungen Mann vor ihrer Haustür.

„Ich habe mich so geschämt, dass ich es zwei Tage niemandem erzählt habe.“

Das sagte die Frau dem Landboten. Ihren Namen möchte sie nicht in der Zeitung lesen.

## Aufmerksame Bankangestellte

Dass nicht noch mehr Geld verloren ging, ist auch Bankangestellten zu verdanken. In Bad Kelbach fiel einer Mitarbeiterin der Sparkasse auf, dass ein 79-jähriger Kunde 30.000 Euro abheben wollte und dabei ständig auf sein Handy schaute. Sie rief die Polizei, der Abholer wurde wenig später festgenommen.

Kriminalhauptkommissar Jens Wöhrle rät: „Die echte Polizei ruft niemals unter der 110 an und holt niemals Geld ab.“ Wer unsicher sei, solle auflegen und selbst die 110 wählen.

Angehörige sollten mit älteren Familienmitgliedern offen über die Masche sprechen, sagt Wöhrle.
"""),

dict(id="h67-de-002", lang="de", tpl="sanity", section="Gesundheit", date="2026-06-22", byline="Tobias Engelhardt",
     title="Kreis Altenried öffnet kühle Räume für Ältere an Hitzetagen",
     sub="In zwölf Gemeinden stehen klimatisierte Säle offen, sobald eine Hitzewarnung gilt.",
     caption="Der kühle Raum im Sitzungssaal des Altenrieder Rathauses.", credit="Foto: Tobias Engelhardt",
     carry=["heatalert"],
     look=[("dropcap", "Der Landkreis Altenried öffnet in diesem Sommer")],
     body="""
Der Landkreis Altenried öffnet in diesem Sommer erstmals sogenannte kühle Räume für ältere und kranke Menschen. In zwölf Gemeinden stehen ab Montag klimatisierte Säle in Rathäusern, Bibliotheken und Gemeindezentren offen, sobald eine amtliche Hitzewarnung gilt.

Grundlage ist der Hitzeaktionsplan, den der Kreistag im Frühjahr beschlossen hat. Nach Zahlen des Gesundheitsamts starben im Sommer 2025 im Kreis schätzungsweise 38 Menschen mehr, als in dieser Jahreszeit zu erwarten gewesen wäre.

„Hitze ist für viele Ältere gefährlicher als jeder Wintersturm“, sagt Amtsärztin Dr. Katrin Beyerlein. „Viele merken nicht, dass sie zu wenig trinken.“

## Was der Plan vorsieht

- Pflegedienste rufen allein lebende Kundinnen und Kunden an Hitzetagen zusätzlich an
- Kitas und Schulen verlegen Sport und Ausflüge in die Morgenstunden
- Bauhöfe beginnen an Hitzetagen um 6 Uhr und beenden die Arbeit um 13 Uhr
- An 25 Stellen im Kreis gibt es kostenloses Trinkwasser

In Altenried selbst ist der kühle Raum im Sitzungssaal des Rathauses eingerichtet. Dort gibt es Wasser, Liegestühle und ein Blutdruckmessgerät. Ehrenamtliche der Nachbarschaftshilfe schauen nach den Gästen.

Rentner Horst Meindl, 81, hat den Raum bei der Eröffnung schon ausprobiert. „Meine Wohnung ist unterm Dach. Im letzten August hatte ich da 33 Grad. Hier kann ich wenigstens in Ruhe Zeitung lesen.“

Die kühlen Räume sind an Warntagen von 11 bis 18 Uhr geöffnet, der Eintritt ist frei.
"""),

dict(id="h67-de-003", lang="de", tpl="chunks", section="Menschen", date="2026-06-05", byline="Verena Scholl",
     title="„Vor den Pferden hatte ich nie Angst“: Hufschmied Wolfgang Haller hört auf",
     sub="41 Jahre lang hat er im Oberland Pferde beschlagen. Jetzt übergibt er an seine frühere Auszubildende.",
     caption="Wolfgang Haller bei der Arbeit in einem Stall bei Kirchhaslach.", credit="Foto: Verena Scholl",
     look=[("br", "Und man fährt mehr.")],
     body="""
Seit 41 Jahren beschlägt Wolfgang Haller Pferde im Oberland. Mit 66 hört der Hufschmied aus Kirchhaslach jetzt auf. Ein Gespräch über Hufe, Tritte und das Wetter.

**Herr Haller, wie viele Pferde haben Sie beschlagen?**

Ich habe es mal überschlagen: um die 60.000 Mal, wenn man jeden Termin zählt. Manche Pferde kannte ich vom Fohlen bis zur Rente.

**Angst gehabt?**

Vor den Pferden nie. Vor manchen Besitzern schon. Nein, im Ernst: Zweimal hat mich ein Tritt richtig erwischt. Einmal war eine Rippe gebrochen.

**Was ist heute anders als 1985?**

Früher waren es Arbeitspferde und Bauern. Heute sind es Freizeitreiterinnen, die ihr Pferd lieben wie ein Kind. Das ist nicht schlechter, nur anders. Man redet mehr.

Und man fährt mehr. Ich bin im Jahr 40.000 Kilometer mit dem Transporter unterwegs gewesen.

**Und das Wetter?**

Im Sommer steht man in der Sonne am Feuer, im Winter mit kalten Fingern im offenen Stall. Der Rücken merkt sich beides.

**Gibt es einen Nachfolger?**

Eine Nachfolgerin, zum Glück. Lea Brandner hat bei mir gelernt und übernimmt meine Kunden. Sie ist 27 und besser, als ich in dem Alter war.

**Und was machen Sie jetzt?**

Ich habe selbst zwei Haflinger. Die beschlage ich weiter. Sonst niemanden.

Zum Abschied lädt Wolfgang Haller seine Kundschaft am Samstag, 20. Juni, ab 14 Uhr auf seinen Hof in Kirchhaslach ein.
"""),

dict(id="h67-fr-001", lang="fr", tpl="storybody", section="Société", date="2026-07-09", byline="Aurélie Castagné",
     title="Bruit : les terrasses du quartier de la Halle fermeront à 23 heures",
     sub="La police municipale a enregistré 186 plaintes pour tapage nocturne depuis avril à Saint-Aubrac-les-Vignes.",
     caption="La place de la Halle un vendredi soir.", credit="Photo : Aurélie Castagné",
     carry=["noiseboard"],
     body="""
La mairie de Saint-Aubrac-les-Vignes a pris mardi un arrêté qui oblige les bars du quartier de la Halle à fermer leurs terrasses à 23 heures, du jeudi au samedi, jusqu'à la fin de l'été. Une décision attendue depuis des mois par les riverains, mal accueillie par les gérants.

Selon la police municipale, 186 plaintes pour tapage nocturne ont été enregistrées dans le quartier depuis le mois d'avril, contre 64 l'an dernier à la même période.

## « On dort avec des bouchons d'oreilles »

Martine Cabrol habite au deuxième étage, au-dessus de la place. « Jusqu'à deux heures du matin, on entend les conversations comme si les gens étaient dans la chambre. On dort avec des bouchons d'oreilles et les fenêtres fermées, même en juillet. »

Le collectif Halle au calme, qui revendique 140 adhérents, avait remis une pétition de 900 signatures au maire en juin.

## Les bars inquiets

Pour les six établissements concernés, la mesure tombe en pleine saison. « Une terrasse fermée à 23 heures, c'est un tiers du chiffre d'affaires qui s'en va », estime Yannick Fabre, qui tient le Café des Arcades depuis 2011. Il assure avoir déjà installé des panneaux pour limiter le bruit.

Le maire, Bernard Lacombe, dit comprendre. « Je suis pour une ville vivante. Mais une ville vivante, c'est aussi une ville où l'on peut dormir. »

## Une médiation à la rentrée

L'arrêté sera réexaminé fin septembre. D'ici là, la mairie propose une médiation entre commerçants et habitants, confiée à un conciliateur de justice. Deux médiateurs de nuit patrouilleront dans le quartier le vendredi et le samedi.

La première réunion de médiation aura lieu le 9 septembre à 18 h 30 à la salle des fêtes.
"""),

dict(id="h67-fr-002", lang="fr", tpl="quintype", section="Éducation", date="2026-11-17", byline="Fabien Morlaix",
     title="À Montbrison-sur-Lène, la cantine scolaire passe aux produits du coin",
     sub="La commune a quitté son prestataire industriel et recruté deux cuisiniers pour ses 420 élèves.",
     caption="La cuisine centrale, dans l'ancienne caserne des pompiers.", credit="Photo : Fabien Morlaix",
     look=[("highlight", "Depuis la rentrée, les 420 élèves")],
     body="""
Depuis la rentrée, les 420 élèves des écoles de Montbrison-sur-Lène mangent à la cantine des produits venus presque tous de moins de 50 kilomètres. La commune a rompu son contrat avec un prestataire industriel et recruté deux cuisiniers.

La cuisine centrale, installée dans l'ancienne caserne des pompiers, prépare chaque jour environ 450 repas. Le prix du repas pour les familles n'a pas changé : il reste de 3,20 euros.

« Les enfants mangent davantage, et on jette beaucoup moins », assure la cheffe, Nadège Rouvière, passée par la restauration pendant vingt ans. Selon ses relevés, les déchets alimentaires ont baissé d'un tiers en deux mois.

**Qui fournit la cantine**

La commune travaille désormais avec onze producteurs du département :

- le pain vient de la boulangerie Marcou, au bourg
- la viande, de deux éleveurs du plateau
- les yaourts, d'une ferme de Saint-Jodard
- les légumes, de la régie agricole créée l'an dernier sur deux hectares

L'adjointe aux affaires scolaires, Claire Berthon, reconnaît que le projet coûte 60 000 euros de plus par an à la commune. « C'est un choix. On a renoncé à refaire un parking. »

Les parents peuvent suivre chaque semaine les menus affichés à l'entrée des écoles. Une dégustation ouverte aux familles est prévue le samedi 21 novembre à 11 heures à la cuisine centrale.
"""),

dict(id="h67-fr-003", lang="fr", tpl="legacy-br", section="Commerce", date="2026-01-15", byline="Hélène Daubigny",
     title="Après 64 ans, la dernière mercerie de Vic-sur-Aure baisse le rideau",
     sub="Josette Vialard, 78 ans, n'a pas trouvé de repreneur pour la boutique ouverte par sa mère en 1962.",
     caption="Josette Vialard derrière le comptoir d'Au Fil d'Or.", credit="Photo : Hélène Daubigny",
     body="""
Après 64 ans d'existence, la mercerie Au Fil d'Or, rue des Tanneurs à Vic-sur-Aure, baissera définitivement son rideau le 31 janvier. Sa gérante, Josette Vialard, 78 ans, n'a pas trouvé de repreneur.

La boutique avait été ouverte en 1962 par sa mère, Lucienne, dans un ancien atelier de sellier. Josette y travaille depuis l'âge de seize ans. Elle y vend toujours boutons, rubans, laines, fermetures éclair et patrons de couture, rangés dans des tiroirs en bois que son père avait fabriqués.

« Les gens viennent de loin, parfois de Clermont, pour trouver un bouton qu'on ne fait plus. J'en ai encore des milliers. »

## Une clientèle fidèle

Chaque jour, une vingtaine de clients poussent la porte. Beaucoup de retraitées, mais aussi, depuis quelques années, des jeunes qui apprennent à tricoter ou à recoudre leurs vêtements. « Le tricot est revenu à la mode. Trop tard pour moi », sourit-elle.

Josette Vialard a mis la boutique en vente il y a deux ans. Trois personnes se sont montrées intéressées, aucune n'a donné suite. Le loyer est modeste, mais le chiffre d'affaires ne permet pas de payer un salaire.

## Les boutons à la médiathèque

Une partie du stock ne sera pas perdue. La médiathèque a accepté de récupérer une collection de 3 000 boutons anciens pour un atelier de couture et une exposition au printemps.

Pas de regret.

« J'ai eu une belle vie derrière ce comptoir. »

Samedi, les clientes se sont pressées pour une dernière photo devant la vitrine.
"""),

dict(id="h67-es-001", lang="es", tpl="regional", section="Sociedad", date="2026-08-03", byline="Inmaculada Roldán",
     title="Villanueva del Tajo abre siete refugios climáticos ante la ola de calor",
     sub="Bibliotecas, centros de mayores y el polideportivo acogerán a los vecinos de 12 a 20 horas mientras dure el aviso.",
     caption="La biblioteca de San Roque, uno de los siete refugios.", credit="Foto: Inmaculada Roldán",
     carry=["heatalert"],
     body="""
El Ayuntamiento de Villanueva del Tajo abrirá desde el lunes siete refugios climáticos en bibliotecas, centros de mayores y el polideportivo municipal para que los vecinos puedan resguardarse del calor durante una ola que dejará temperaturas de hasta 43 grados esta semana.

Los espacios, todos con aire acondicionado, agua fresca y asientos, estarán abiertos de 12 a 20 horas mientras dure el aviso naranja o rojo. No hace falta inscribirse.

## Pensado para los mayores

La concejala de Servicios Sociales, Mercedes Alcántara, explicó que la medida está pensada sobre todo para personas mayores que viven solas en pisos sin aire acondicionado. «Hay vecinos que en agosto no bajan a la calle en todo el día porque no pueden con el calor, y dentro de casa tampoco se está bien», dijo.

Los servicios sociales llamarán cada día a los 640 usuarios de la teleasistencia para preguntarles cómo están.

## Qué recomienda Sanidad

- beber agua aunque no se tenga sed
- evitar salir entre las 12 y las 18 horas
- cerrar persianas y ventanas durante el día y ventilar de noche
- no dejar nunca a niños ni mascotas dentro del coche

## Obras con horario de verano

El ayuntamiento ha pedido también a las empresas de construcción que adelanten la jornada y terminen antes de las 14 horas. Las brigadas municipales de jardinería ya trabajan de 6 a 13 horas desde el 1 de julio.

Antonia Riquelme, de 79 años, vive en un cuarto piso sin ascensor en el barrio de San Roque. «El año pasado me mareé en la cocina. Este año me voy a la biblioteca con mi vecina y un libro.»

Los refugios están en las bibliotecas de San Roque y La Estación, los centros de mayores de la plaza de Abastos y El Pilar, la casa de cultura, el centro cívico Norte y el polideportivo.
"""),

dict(id="h67-es-002", lang="es", tpl="magazine", section="Reportajes", date="2026-03-30", byline="Jacinto Berlanga",
     title="La cera no tiene prisa: la última cerería de la provincia",
     sub="Rafael Pastrana, de 72 años, fabrica velas a mano en el taller que abrió su bisabuelo hace 130 años.",
     caption="Rafael Pastrana baja la rueda de mechas sobre la cera caliente.", credit="Foto: Jacinto Berlanga",
     pull="La cera no tiene prisa",
     look=[("dropcap", "En la calle del Carmen de Olmedilla"), ("box", "Un cirio pascual de metro y medio")],
     body="""
En la calle del Carmen de Olmedilla de Arlanza huele a miel desde hace 130 años. Allí, en un bajo de techos altos, Rafael Pastrana, de 72 años, sigue fabricando velas como lo hacía su bisabuelo: a mano, sumergiendo las mechas una y otra vez en cera caliente.

La cerería Pastrana es la última que queda en la provincia. Hace medio siglo había seis. «Las iglesias compraban cirios por cajas, y en cada casa había velas para cuando se iba la luz», recuerda.

Hoy el negocio vive de las cofradías de Semana Santa, de algunos restaurantes y, cada vez más, de pedidos por internet. Su nieta Lucía, de 24 años, ha abierto una tienda en la red y una cuenta en Instagram para que los clientes puedan seguir el trabajo del taller.

«La cera no tiene prisa», dice Rafael mientras baja por vigésima vez una rueda de la que cuelgan 48 mechas. Cada cirio grande necesita unas cuarenta inmersiones y tres días de secado.

Un cirio pascual de metro y medio puede costar 380 euros y lleva una semana de trabajo. El año pasado el taller hizo 61.

La cera llega de apicultores de la sierra, con los que la familia trabaja desde hace décadas. Parte se blanquea al sol en el patio, extendida en láminas sobre sábanas, como se hacía antes.

Lucía quiere quedarse con el taller. Estudió Bellas Artes en Salamanca y ya firma sus propias velas decoradas. «Mi abuelo dice que tengo las manos demasiado rápidas. Tiene razón.»

El taller abre al público de lunes a viernes, de 10 a 14 horas, y los sábados por la mañana.
"""),

dict(id="h67-es-003", lang="es", tpl="medium", site="Cuaderno de La Trinidad", kind="indie",
     section="Barrio", date="2026-09-14", byline="Marta Villalonga",
     title="212 sobres de papel: así funciona la biblioteca de semillas de La Trinidad",
     sub="Se llevan semillas en primavera y devuelven el doble en otoño. Ya tiene 160 socios.",
     caption="El armario de farmacia donde se guardan los sobres.", credit="Foto: Marta Villalonga",
     carry=["calendar"],
     look=[("italic", "«Un tomate de mi abuela no está en ningún catálogo.»")],
     body="""
En un armario de farmacia reciclado, en el local de la asociación vecinal de La Trinidad, hay 212 sobres de papel. Cada uno lleva escrito a mano el nombre de una variedad: tomate rosa, judía de careta, pimiento de asar, calabaza de cacahuete.

Es la biblioteca de semillas del barrio, que abrió en marzo y ya tiene 160 socios. Funciona como una biblioteca cualquiera, con una diferencia: lo que se devuelve no es lo mismo que se llevó, sino las semillas de la cosecha.

La idea fue de Amparo Gil, maestra jubilada y hortelana en los huertos urbanos junto al río. «Cada otoño tirábamos semillas que nos sobraban y cada primavera las comprábamos en sobres de colores. No tenía sentido.»

«Un tomate de mi abuela no está en ningún catálogo.»

Ese es el lema que Amparo repite a quien quiera escucharla. Buena parte de las variedades las han traído vecinos mayores que las guardaban desde hace décadas en botes de cristal.

Para llevarse semillas basta con hacerse socio, que es gratis, y comprometerse a devolver al menos el doble al final de la temporada. Quien no consiga cosecha no tiene que pagar nada. «Eso también es aprender», dice Amparo.

Este año la biblioteca ha organizado además cuatro talleres sobre cómo secar y guardar semillas. El último, en septiembre, fue sobre tomates.

El primer intercambio de otoño será el sábado 3 de octubre, de 10 a 13 horas, en el local de la asociación, calle Sagunto 14.
"""),

dict(id="h67-ru-001", lang="ru", tpl="cms", section="Происшествия", date="2026-04-15", byline="Дмитрий Кравцов",
     title="Телефонные мошенники за две недели выманили у пенсионеров 3,4 миллиона рублей",
     sub="В Заволжском районе 29 заявлений, в 11 случаях люди успели перевести деньги.",
     caption="Отделение банка на улице Мира.", credit="Фото: Дмитрий Кравцов",
     carry=["scamalert"],
     section_tag=True,
     body="""
В Заволжском районе за две недели телефонные мошенники выманили у пенсионеров почти 3,4 миллиона рублей. Об этом на заседании районной комиссии по безопасности сообщил начальник отдела полиции Игорь Сафронов.

По его словам, с начала месяца в полицию поступило 29 заявлений, в 11 случаях люди успели перевести деньги. Самая крупная сумма — 1,2 миллиона рублей — ушла с накопительного счёта 77-летней жительницы посёлка Луговой.

## «Звонят из службы безопасности банка»

Схема почти всегда одна и та же. Звонящий представляется сотрудником банка и сообщает, что кто-то пытается оформить кредит на имя пенсионера. Чтобы «спасти» деньги, их нужно срочно перевести на «безопасный счёт». Иногда к разговору подключается «следователь» и просит никому ничего не рассказывать.

Пенсионерка из Лугового рассказала, что разговаривала с мошенниками почти четыре часа. «Они были такие вежливые. Называли меня по имени-отчеству, знали мой адрес».

## Помогла кассир

В двух случаях кражу удалось предотвратить. В отделении банка на улице Мира кассир обратила внимание, что пожилой мужчина пытается снять 400 тысяч рублей и всё время держит телефон у уха. Она попросила его положить трубку и вызвала полицию.

«Настоящий сотрудник банка никогда не попросит перевести деньги на другой счёт и назвать код из СМС», — напомнил Сафронов.

## Что делать

Полиция просит родственников поговорить с пожилыми родителями, а соседей — рассказать о мошенниках тем, кто живёт один. Участковые до конца месяца обойдут дома в посёлках Луговой и Сосновый Бор.

Если вам звонят и просят перевести деньги, положите трубку и сами наберите номер банка с обратной стороны карты.
"""),

dict(id="h67-ru-002", lang="ru", tpl="fusion", section="Город", date="2026-07-21", byline="Алёна Шестакова",
     title="Жара в Приреченске: в городе открыли шесть пунктов охлаждения",
     sub="До конца недели синоптики обещают днём до 38 градусов, ночью — не ниже 24.",
     caption="Пункт охлаждения в библиотеке на улице Гагарина.", credit="Фото: Алёна Шестакова",
     carry=["heatalert"],
     look=[("factbox", "Что ещё сделали в городе")],
     body="""
В Приреченске из-за аномальной жары открыли шесть пунктов охлаждения, где можно переждать самые жаркие часы. По прогнозу синоптиков, до конца недели днём будет до 38 градусов, ночью — не ниже 24.

Пункты работают в библиотеках, двух домах культуры, в торговом центре «Волна» и в здании городской администрации. Там есть кондиционеры, питьевая вода и стулья, дежурят волонтёры.

«Больше всего мы переживаем за пожилых людей, которые живут одни на верхних этажах», — сказала заместитель главы города по социальным вопросам Елена Курочкина.

## Что ещё сделали в городе

- рабочий день дорожных бригад перенесли на утро, с 6 до 12 часов
- в парках поставили 14 кулеров с водой
- поливальные машины выходят на улицы дважды в день
- детские лагеря отменили походы и спортивные игры после обеда

Скорая помощь за последние три дня выезжала к 57 людям с тепловым ударом или обострением хронических болезней. Чаще всего — к пенсионерам.

Пенсионер Виктор Лаптев, 83 года, пришёл в пункт охлаждения в библиотеке на улице Гагарина вместе с соседкой. «Дома у нас тридцать два градуса, вентилятор гоняет горячий воздух. Здесь хоть газету почитать можно».

Врачи советуют пить больше воды, не выходить на улицу с 11 до 17 часов и держать окна днём закрытыми.

Пункты охлаждения открыты ежедневно с 11:00 до 19:00.
"""),

dict(id="h67-ru-003", lang="ru", tpl="ghost", section="Люди", date="2026-10-27", byline="Ксения Голубева",
     title="«Меня все собаки знают»: почтальон из Малых Ключей уходит на пенсию",
     sub="Валентина Рябова 38 лет разносила почту по пяти деревням. Её место займёт 23-летняя Настя.",
     caption="Валентина Рябова у отделения почты в Малых Ключах.", credit="Фото: Ксения Голубева",
     look=[("callout", "Отделение почты в Малых Ключах работает")],
     body="""
Почтальон Валентина Сергеевна Рябова 38 лет разносит почту по пяти деревням под Ельнинском. В этом месяце она уходит на пенсию. Мы поговорили с ней в отделении почты в Малых Ключах.

**Сколько километров вы прошли за эти годы?**

Если считать, то больше, чем до Владивостока и обратно. Первые двадцать лет — пешком и на велосипеде, потом дали машину.

**Самое тяжёлое?**

Зима, когда снега было по пояс и до Сосновки было не проехать. Пенсии носила на лыжах, в рюкзаке.

**А собаки?**

Меня все собаки знают. Кусала только одна, и то по молодости — и она была молодая, и я.

**Что изменилось на почте за эти годы?**

Писем почти нет. Раньше был мешок писем, теперь квитанции, газеты и посылки из интернет-магазинов. Зато посылок стало в десять раз больше.

**Кому передаёте сумку?**

Девушка из Больших Ключей, Настя. Ей 23 года, она уже месяц ездит со мной, всех бабушек узнала.

**Скучать по работе будете?**

Конечно. Я ведь не только письма носила. Кому лекарство привезу, кому хлеба, с кем просто посижу, чаю попью.

Отделение почты в Малых Ключах работает со вторника по субботу с 9:00 до 17:00, обед с 13:00 до 14:00.
"""),
]
