# Turkish, German, French, Spanish and Russian stories for the thirty-ninth held-out part (h39-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h39_en.py.
ARTICLES = [
dict(id="h39-tr-001", lang="tr", tpl="regional", section="Gündem", date="2026-01-14", byline="Burak Karaoğlan",
     title="Sobalar yandı, Karasu ovasında hava kirliliği alarm veriyor",
     sub="Ölçüm istasyonu üç gündür 'çok sağlıksız' değerler gösteriyor; okullarda beden eğitimi dersleri salonlara alındı.",
     caption="Akşam saatlerinde dumanla kaplanan Yenimahalle.", credit="Fotoğraf: Burak Karaoğlan",
     body="""
Soğukların bastırmasıyla birlikte ilçemizde hava kirliliği son beş yılın en yüksek seviyesine çıktı. Çevre ve Şehircilik İl Müdürlüğü'nün Cumhuriyet Meydanı'ndaki ölçüm istasyonu, pazartesi akşamı partikül madde değerini metreküpte 312 mikrogram olarak kaydetti.

Bu değer, Dünya Sağlık Örgütü'nün günlük sınırının yaklaşık 20 katı. İstasyon üç gündür akşam saatlerinde "çok sağlıksız" seviyesini gösteriyor.

Uzmanlara göre kirliliğin başlıca nedeni, evlerde kalitesiz kömür ve atık yakılması. Karasu ovasının çanak biçimi ve rüzgârsız hava da dumanın şehrin üzerinde kalmasına yol açıyor.

## Hastanelere başvuru arttı

Devlet Hastanesi Göğüs Hastalıkları Uzmanı Dr. Sevgi Altıntaş, son bir haftada nefes darlığı şikâyetiyle gelen hasta sayısının iki katına çıktığını söyledi. "Özellikle astımlı çocuklar ve KOAH hastası yaşlılar zor günler geçiriyor. Akşamları mümkünse dışarı çıkmasınlar," dedi.

İlçe Milli Eğitim Müdürlüğü de okullara yazı göndererek beden eğitimi derslerinin kapalı salonlarda yapılmasını istedi.

## Denetimler sıklaştı

Belediye zabıta ekipleri, kaçak kömür satışına karşı denetimlerini artırdı. Geçen hafta iki depoda yapılan aramada 14 ton sertifikasız kömüre el konuldu.

Belediye Başkan Yardımcısı Orhan Kalaycı, doğal gaz hattının bu yıl 1.200 haneye daha ulaşacağını, bunun kirliliği azaltacağını söyledi.

Meteoroloji, cuma günü etkili olacak rüzgârla birlikte havanın temizlenmesini bekliyor.
"""),

dict(id="h39-tr-002", lang="tr", tpl="cms", section="Ekonomi", date="2026-03-26", byline="Gizem Tunçbilek",
     title="Kuzeytepe Havalimanı'ndan Ankara'ya günlük sefer yeniden başlıyor",
     sub="İki yıldır yalnızca İstanbul'a uçuş yapılan havalimanına yaz döneminde iki yeni hat geliyor.",
     caption="Kuzeytepe Havalimanı'nın dış hatlar terminali.", credit="Fotoğraf: Gizem Tunçbilek",
     carry=["flights"],
     look=[("bold", "Kuzeytepe Havalimanı'ndan Ankara'ya")],
     body="""
Kuzeytepe Havalimanı'ndan Ankara'ya iki yıl aradan sonra yeniden tarifeli sefer başlıyor. İlk uçuş 1 Mayıs'ta yapılacak.

Seferleri bir özel havayolu şirketi 180 koltuklu uçaklarla düzenleyecek. Uçak her sabah 08.15'te Kuzeytepe'den kalkacak, akşam 19.40'ta Ankara'dan dönecek.

Havalimanı Müdürü Kemal Sarıoğlu, yaz döneminde haftada iki gün Antalya'ya da sefer konulacağını açıkladı. "Ankara hattı kapandığında en çok öğrenciler ve hastaneye giden hastalar mağdur oldu. Otobüsle dokuz saat yol gidiyorlardı," dedi.

**Bilet fiyatları**

Şirketin açıkladığı tarifeye göre tek yön biletler 1.499 liradan başlayacak. Öğrencilere ve 65 yaş üstü yolculara yüzde 20 indirim uygulanacak.

Havalimanı geçen yıl 318 bin yolcuya hizmet verdi. Yeni hatlarla bu sayının 400 bini aşması bekleniyor.

Ticaret ve Sanayi Odası Başkanı Levent Yazıcıoğlu, hattın ilin ticaretine katkı sağlayacağını söyledi. "Ankara'daki bir toplantı için artık iki gün kaybetmeyeceğiz," diye konuştu.

Havalimanı ile şehir merkezi arasında çalışan belediye otobüslerinin saatleri de yeni uçuşlara göre düzenlenecek.

Biletler bugünden itibaren havayolu şirketinin internet sitesinde ve acentelerde satışta.
"""),

dict(id="h39-tr-003", lang="tr", tpl="storybody", section="Ekonomi", date="2026-08-20", byline="Yusuf Demirkaya",
     title="Fındıkta hasat başladı, üretici fiyat bekliyor",
     sub="Bahçelerde hasat sürerken üretici, açıklanacak alım fiyatını bekliyor. Tüccarın verdiği fiyat kilo başına 210 lira.",
     caption="Aksu köyünde fındık toplayan işçiler.", credit="Fotoğraf: Yusuf Demirkaya",
     low=0,
     body="""
Sahil ilçelerinde fındık hasadı başladı. Bahçelerde sabahın erken saatlerinde çalışmaya başlayan üretici, bu yıl rekoltenin geçen yıldan düşük olacağını söylüyor.

Nisan ayındaki don, yüksek kesimlerdeki bahçelerde ürünün bir bölümünü yaktı. Ziraat Odası'nın tahminine göre ilçede bu yıl 9 bin ton civarında fındık toplanacak. Bu rakam geçen yıl 12 bin tondu.

Aksu köyünde 30 dönüm bahçesi olan Hüseyin Kaptanoğlu, işçi bulmakta da zorlandığını anlattı. "Eskiden köyün gençleri toplardı. Şimdi herkes şehirde. Bu yıl işçilere günlük 1.100 lira veriyoruz," dedi.

**Tüccar fiyatı ne durumda?**

İlçe merkezindeki tüccarlar, sivri fındığın kilosu için 210 lira veriyor. Üreticiler ise masrafları karşılamak için en az 250 lira gerektiğini söylüyor.

Ziraat Odası'nın hesabına göre bir dönüm bahçenin yıllık maliyeti şöyle:

- Gübre ve ilaç: 4.800 lira
- Budama ve bakım: 2.300 lira
- Hasat işçiliği: 6.500 lira
- Harman ve taşıma: 1.400 lira

Ziraat Odası Başkanı Nevzat Çakıroğlu, üreticilerin acele etmemesini istedi. "Fındığınızı harmanda kuruttuktan sonra hemen satmayın. Fiyat açıklanana kadar bekleyin," dedi.

**Hasat bayramı eylülde**

Köyde her yıl düzenlenen hasat şenliği bu yıl 7 Eylül'de yapılacak. Şenlikte fındık kırma yarışması ve horon gösterisi olacak.
"""),

dict(id="h39-de-001", lang="de", tpl="typo3", section="Gesundheit", date="2026-03-04", byline="Katrin Vollmerhaus",
     title="„Die Birke blüht drei Wochen früher als sonst“",
     sub="Die Pollensaison hat im Kreis Ostheide ungewöhnlich früh begonnen. Ein Allergologe erklärt, was Betroffene jetzt tun können.",
     caption="Dr. Matthias Grünewald in seiner Praxis in Kellenau.", credit="Foto: Katrin Vollmerhaus",
     carry=["airquality"],
     look=[("bold", "Herr Grünewald, warum geht es dieses Jahr"), ("bold", "Merken das Ihre Patienten?"),
           ("bold", "Was raten Sie?"), ("bold", "Und Hausmittel?"), ("italic", "In der Messstation auf dem Dach")],
     body="""
In der Messstation auf dem Dach des Kreiskrankenhauses Kellenau wurden Anfang März bereits mehr als 400 Birkenpollen pro Kubikmeter Luft gezählt. Das ist für diese Jahreszeit ein Rekord. Wir haben mit dem Allergologen Dr. Matthias Grünewald gesprochen.

Herr Grünewald, warum geht es dieses Jahr so früh los?

Der Februar war der wärmste seit Beginn der Aufzeichnungen. Die Birken haben drei Wochen früher geblüht als im Durchschnitt, und Hasel und Erle waren ohnehin schon unterwegs.

Merken das Ihre Patienten?

Sehr. Das Wartezimmer ist seit zwei Wochen voll. Viele haben ihre Tabletten noch gar nicht im Haus, weil sie erst Ende März damit gerechnet haben.

Was raten Sie?

Mit den Medikamenten nicht warten, bis die Augen tränen, sondern vorbeugend anfangen. Abends die Haare waschen, damit die Pollen nicht im Kopfkissen landen. Und die Wäsche nicht draußen trocknen.

Und Hausmittel?

Eine Nasendusche mit Salzwasser hilft vielen. Wer aber Husten oder Atemnot bekommt, sollte zum Arzt gehen. Aus Heuschnupfen kann Asthma werden.

Die Praxis Grünewald bietet ab April eine Sprechstunde für Hyposensibilisierung an. Termine gibt es unter 05141 90 33 20.
"""),

dict(id="h39-de-002", lang="de", tpl="portal", section="Region", date="2026-12-08", byline="Florian Brackmann",
     title="Sturmtief „Zora“: Tausende Haushalte im Mühltal ohne Strom",
     sub="Umgestürzte Bäume haben in der Nacht mehrere Mittelspannungsleitungen beschädigt. In einigen Dörfern kann es bis Mittwoch dauern.",
     caption="Ein Monteur des Netzbetreibers an einem beschädigten Mast bei Oberrieden.", credit="Foto: Florian Brackmann",
     carry=["outage"],
     body="""
Nach dem Sturmtief „Zora“ sind am Montagmorgen im Mühltal rund 9.400 Haushalte ohne Strom gewesen. Bis zum Abend konnte der Netzbetreiber etwa zwei Drittel wieder versorgen.

Der Sturm hatte in der Nacht Böen von bis zu 115 Kilometern pro Stunde gebracht. Nach Angaben des Netzbetreibers stürzten an mehr als 60 Stellen Bäume in Freileitungen. Besonders betroffen sind die Dörfer Oberrieden, Kaltenbach und Hinterau.

## Notstromaggregate für die Dörfer

In Oberrieden und Kaltenbach hat der Netzbetreiber mobile Notstromaggregate aufgestellt. In Hinterau, wo eine Leitung auf einem Kilometer Länge zerstört ist, rechnet er erst am Mittwoch mit einer Lösung.

Die Gemeinde hat das Feuerwehrhaus in Hinterau als Wärmestube geöffnet. Dort gibt es heiße Getränke, Suppe und Steckdosen zum Aufladen von Handys.

Landwirt Georg Wimmer aus Hinterau hat seine 80 Milchkühe in der Nacht mit einem geliehenen Aggregat gemolken. „Die Kühe warten nicht, bis der Strom wiederkommt“, sagte er.

## Schulen bleiben geschlossen

Die Grundschulen in Kaltenbach und Hinterau bleiben am Dienstag geschlossen. Der Busverkehr auf der Linie 604 ist eingestellt, weil die Kreisstraße wegen umgestürzter Bäume gesperrt ist.

Das Landratsamt bittet die Bewohner, Wälder in den nächsten Tagen nicht zu betreten. Wer Informationen über Sperrungen bekommen möchte, kann der Warn-App des Landkreises folgen.
"""),

dict(id="h39-de-003", lang="de", tpl="sanity", section="Sport", date="2026-04-27", byline="Henrik Stellmacher",
     title="Handballerinnen des TV Birkenau feiern den Aufstieg",
     sub="Mit einem 31:24 gegen die HSG Lindtal sichert sich das Team von Trainerin Nadine Förster einen Spieltag vor Schluss den Titel.",
     caption="Jubel in der Sporthalle am Schlossberg nach dem Schlusspfiff.", credit="Foto: Henrik Stellmacher",
     carry=["scores"],
     look=[("dropcap", "Als die Schlusssirene ertönte")],
     body="""
Als die Schlusssirene ertönte, stürmten die Spielerinnen des TV Birkenau auf das Feld und bildeten einen Kreis in der Mitte der Halle. Mit dem 31:24 gegen die HSG Lindtal ist die Meisterschaft in der Landesliga einen Spieltag vor Saisonende entschieden.

Rund 600 Zuschauer waren in die Sporthalle am Schlossberg gekommen, so viele wie seit Jahren nicht. Beste Werferin war Rückraumspielerin Lea Mahrenholz mit neun Toren.

Trainerin Nadine Förster, die das Team vor drei Jahren in der Bezirksoberliga übernommen hatte, sprach von einem „unglaublichen Weg“. Zwei Aufstiege in drei Jahren habe ihr niemand zugetraut. „Am wenigsten ich selbst“, sagte sie.

Die letzten Spiele des TV Birkenau:

- TV Birkenau – HSG Lindtal 31:24
- SG Wiesental – TV Birkenau 22:27
- TV Birkenau – TSV Hochstadt 29:29
- Füchse Grünberg – TV Birkenau 19:30

In der Oberliga warten in der kommenden Saison deutlich längere Fahrten. Der Verein sucht deshalb Sponsoren für einen Kleinbus und für die höheren Schiedsrichterkosten.

Abteilungsleiter Jürgen Kapp kündigte an, dass die meisten Spielerinnen bleiben. Zwei Neuzugänge aus der A-Jugend stehen bereits fest.

Das letzte Saisonspiel bestreitet der TV Birkenau am Samstag um 18 Uhr in Grünberg.
"""),

dict(id="h39-fr-001", lang="fr", tpl="quintype", section="Économie", date="2026-06-18", byline="Céline Marquès",
     title="Grève des contrôleurs aériens : une journée de vols annulés à Aurignac-Pyrénées",
     sub="La moitié des vols ont été supprimés jeudi à l'aéroport. Les voyageurs ont dû se rabattre sur le train ou la route.",
     caption="Le hall des départs de l'aéroport d'Aurignac-Pyrénées jeudi matin.", credit="Photo : Céline Marquès",
     carry=["flights"],
     look=[("highlight", "Sur les 38 vols prévus")],
     body="""
Le panneau des départs affichait une longue colonne rouge jeudi matin à l'aéroport d'Aurignac-Pyrénées. La grève nationale des contrôleurs aériens a entraîné la suppression de la moitié des vols de la journée.

Sur les 38 vols prévus, 19 ont été annulés à la demande de la Direction générale de l'aviation civile. Les liaisons vers Paris-Orly et Lyon ont été les plus touchées, celles vers Londres et Bruxelles ont été maintenues avec des retards d'une à trois heures.

Dès six heures, des dizaines de voyageurs faisaient la queue devant les guichets des compagnies. Nadia Ferrand, infirmière, devait rejoindre Lyon pour une formation. « On m'a proposé un vol samedi. Je vais prendre le train, ça me fera sept heures de trajet », soupirait-elle.

Le directeur de l'aéroport, Philippe Castagné, a indiqué que les passagers avaient été prévenus la veille par SMS quand leur compagnie disposait de leur numéro. « Ceux qui ont acheté leur billet par une agence n'ont souvent rien reçu », a-t-il reconnu.

Les passagers dont le vol a été annulé peuvent demander le remboursement de leur billet ou un report sans frais. En cas de grève du contrôle aérien, les compagnies ne sont pas tenues de verser une indemnisation supplémentaire.

Un nouveau préavis de grève a été déposé pour le 2 juillet. L'aéroport conseille aux voyageurs de vérifier l'état de leur vol auprès de leur compagnie avant de se déplacer.
"""),

dict(id="h39-fr-002", lang="fr", tpl="magazine", section="Faits divers", date="2026-10-29", byline="Yannick Le Goff",
     title="Tempête Bérénice : 14 000 foyers privés d'électricité dans le pays de Morlaix-sur-Aven",
     sub="Les équipes d'Enedis et des renforts venus d'autres régions travaillent jour et nuit. Certains hameaux devront attendre vendredi.",
     caption="Un poteau électrique couché par le vent près de Kerbrat.", credit="Photo : Yannick Le Goff",
     carry=["outage"],
     pull="Le froid, on le supporte. C'est pour le congélateur que je m'inquiète",
     look=[("dropcap", "La tempête Bérénice a traversé"), ("box", "Les mairies de Kerbrat")],
     body="""
La tempête Bérénice a traversé le pays de Morlaix-sur-Aven dans la nuit de mardi à mercredi, avec des rafales mesurées à 142 km/h à la pointe de Kerbrat. Au plus fort de la tempête, 14 000 foyers étaient privés d'électricité.

Mercredi soir, le gestionnaire du réseau en comptait encore 5 200. Près de 180 techniciens sont mobilisés, dont une soixantaine venus en renfort de Normandie et des Pays de la Loire.

## Des hameaux isolés

Les dégâts sont les plus importants dans les hameaux de l'intérieur, où les lignes aériennes traversent les bois. À Kerbrat, trois poteaux ont été couchés par des chênes arrachés.

Marie-Annick Le Bihan, 76 ans, vit seule au lieu-dit Penhoat. Elle s'éclaire à la lampe à pétrole de ses parents. « Le froid, on le supporte. C'est pour le congélateur que je m'inquiète », confie-t-elle.

Les mairies de Kerbrat et de Lanvellec ont ouvert leur salle polyvalente aux habitants privés de courant. On peut y recharger son téléphone, prendre une boisson chaude et se réchauffer de 8 heures à 20 heures.

## Des groupes électrogènes pour les éleveurs

La chambre d'agriculture a recensé une quarantaine d'exploitations laitières sans électricité. Des groupes électrogènes leur ont été livrés en priorité pour assurer la traite.

Le retour à la normale est espéré pour vendredi soir dans les secteurs les plus touchés.
"""),

dict(id="h39-fr-003", lang="fr", tpl="drupal", site="Ville de Saint-Aubin-des-Landes", kind="public", section="Actualités",
     date="2026-02-23", byline="Service communication",
     title="Place de la Mairie : le chantier de réaménagement démarre le 2 mars",
     sub="Pendant huit mois, la circulation et le stationnement seront modifiés en centre-ville. Le marché du samedi déménage.",
     caption="La place de la Mairie avant les travaux.", credit="Photo : Ville de Saint-Aubin-des-Landes",
     carry=["map"], avoid=["readtime", "bookmark"],
     look=[("box", "Le marché du samedi matin")],
     body="""
Les travaux de réaménagement de la place de la Mairie commencent le lundi 2 mars. Ils dureront huit mois, jusqu'à la fin du mois d'octobre.

Le projet, voté par le conseil municipal en juin dernier, prévoit de réduire la place des voitures au profit des piétons. Les 64 places de stationnement actuelles seront ramenées à 30, la fontaine sera remise en eau et vingt arbres seront plantés.

Le coût total des travaux s'élève à 1,9 million d'euros, dont 600 000 euros financés par la région et le département.

## Circulation, stationnement et déviation

La rue Jean-Moulin sera fermée à la circulation entre la place et la rue du Four pendant toute la durée du chantier. Une déviation sera mise en place par le boulevard de la Gare.

Un parking provisoire de 80 places est aménagé sur le terrain de l'ancienne gendarmerie, à deux minutes à pied de la place. Il est gratuit.

Le marché du samedi matin s'installera sur le parking de la salle des fêtes pendant toute la durée des travaux. Les commerçants non sédentaires ont été consultés et ont donné leur accord.

Les commerces de la place restent ouverts pendant le chantier. Un cheminement piéton balisé permettra d'y accéder à tout moment.

Une réunion publique d'information aura lieu le jeudi 26 février à 18 h 30 à la salle des fêtes.
"""),

dict(id="h39-es-001", lang="es", tpl="ibexa", site="Heraldo de Valdeorcas", section="Valdeorcas", date="2026-07-09",
     byline="Irene Castañar",
     title="Valdeorcas activa el aviso por ozono en plena ola de calor",
     sub="Las estaciones de Puente Alto y el polígono de La Vega superaron el umbral de información a la población por tercer día consecutivo.",
     caption="Calima sobre Valdeorcas vista desde el cerro de San Cristóbal.", credit="Foto: Irene Castañar",
     carry=["airquality"],
     look=[("dropcap", "El calor no da tregua"), ("factbox", "Recomendaciones sanitarias"),
           ("highlight", "Los valores más altos")],
     body="""
El calor no da tregua en Valdeorcas y, con él, ha llegado el ozono. El Ayuntamiento activó este miércoles el aviso a la población después de que dos estaciones de la red de vigilancia superaran por tercer día consecutivo los 180 microgramos por metro cúbico.

Los valores más altos se registraron a las cinco de la tarde en Puente Alto, con 214 microgramos, y en el polígono de La Vega, con 197. Los técnicos municipales explican que el ozono se forma con la radiación solar a partir de los gases de los coches y las industrias, y que el viento flojo de estos días impide que se disperse.

La concejala de Medio Ambiente, Mercedes Ollero, pidió a los vecinos que dejen el coche en casa siempre que puedan. «No es una recomendación para quedar bien. Cada coche que no sale ayuda», dijo.

## Recomendaciones sanitarias

- Evitar el ejercicio al aire libre entre las 12.00 y las 20.00
- Las personas con asma o enfermedades del corazón deben llevar siempre su medicación
- Ventilar la casa a primera hora de la mañana

El Ayuntamiento ha reforzado los autobuses urbanos de las líneas 2 y 5 y mantendrá gratuito el aparcamiento disuasorio del estadio mientras dure el aviso.

La Agencia Estatal de Meteorología prevé que las temperaturas sigan por encima de los 40 grados hasta el domingo.

El aviso se revisará cada mañana a las diez.
"""),

dict(id="h39-es-002", lang="es", tpl="ucoz", site="Villanueva del Cerrato", kind="small", section="Noticias del pueblo",
     date="2026-05-18", byline="admin_pili",
     title="Así fue la romería de San Isidro: misa, caldereta y mucho polvo",
     sub="Más de 400 vecinos subieron a la ermita el domingo. Este es el programa de lo que queda de fiestas.",
     caption="Las carrozas en el camino de la ermita.", credit="Foto: Pili Merino",
     carry=["gallery"],
     body="""
Un año más, la romería de San Isidro llenó el camino de la ermita. Más de 400 vecinos y visitantes acompañaron al santo el domingo por la mañana, con siete carrozas adornadas y la charanga Los Desafinados abriendo la marcha.

La misa al aire libre la ofició don Aurelio, que este año celebra sus bodas de plata como párroco del pueblo. Después se repartió la caldereta que la cofradía llevaba preparando desde las seis de la mañana: 90 kilos de cordero y más de 300 raciones.

El premio a la mejor carroza fue para la peña El Botijo, que convirtió un remolque en una era antigua, con trillo y todo. El segundo premio se lo llevaron los quintos de este año.

Hubo mucho calor y mucho polvo, pero ningún incidente. La Guardia Civil y Protección Civil agradecieron a los vecinos que respetaran el aparcamiento junto a la carretera.

Lo que queda de fiestas:

- Viernes 22, 23.00: verbena con la orquesta Mediterráneo en la plaza
- Sábado 23, 11.00: concurso de tortillas en el frontón
- Sábado 23, 18.00: partido de solteros contra casados
- Domingo 24, 13.00: vermú popular y entrega de premios

Gracias a todos los que ayudasteis a montar, cocinar y recoger.
"""),

dict(id="h39-es-003", lang="es", tpl="medium", site="Cuadernos de la Sierra de Albarracín", kind="indie", section="Gente",
     date="2026-11-12", byline="Jaime Lanuza",
     title="El último pastor trashumante de Frías: «Las cañadas se cierran porque nadie las pisa»",
     sub="Martín Gracia lleva 44 años bajando sus ovejas a pie hasta Jaén cada otoño. Este año ha sido, dice, el último.",
     caption="Martín Gracia con su rebaño en la cañada real, a la salida de Frías.", credit="Foto: Jaime Lanuza",
     body="""
Martín Gracia tiene 67 años y ha bajado sus ovejas a pie desde Frías hasta Sierra Morena durante 44 otoños. Son 28 días de camino y más de 500 kilómetros por la cañada real. Este año, dice, ha sido el último. Hablamos con él a la vuelta, en la cocina de su casa.

**¿Por qué lo deja?**

Por las rodillas y porque no tengo a quién pasárselo. Mis hijos viven en Zaragoza. Las ovejas las he vendido a un ganadero de Teruel que las llevará en camión.

**¿Qué ha cambiado en la cañada?**

Todo. Antes bajábamos doce o trece rebaños. Este año íbamos dos. Hay tramos cortados por vallas y por autovías, y otros que se han comido los matorrales.

**¿Se pierde algo?**

Claro. La cañada se cierra porque nadie la pisa. Las ovejas abonan el camino, se comen la maleza, llevan semillas de un sitio a otro. Eso no lo hace un camión.

**¿Qué recuerda con más cariño?**

Las noches en los descansaderos. Cenar con otros pastores, oír las esquilas en la oscuridad.

Algunos lectores nos han escrito para preguntar si pueden ayudar. La asociación de amigos de la trashumancia busca voluntarios para limpiar los tramos cerrados de la cañada; sus datos de contacto están en la web de la comarca.

Gracias a los suscriptores que hacéis posible que sigamos contando historias como la de Martín.
"""),

dict(id="h39-ru-001", lang="ru", tpl="chunks", section="Происшествия", date="2026-12-02", byline="Дмитрий Верхоланцев",
     title="Ледяной дождь оставил без света шесть тысяч жителей Заозёрного района",
     sub="Энергетики восстанавливают оборванные провода. В самых отдалённых деревнях электричество могут дать только к выходным.",
     caption="Обледеневшие провода на улице Лесной в посёлке Озёрки.", credit="Фото: Дмитрий Верхоланцев",
     carry=["outage"],
     body="""
В ночь на вторник на Заозёрный район обрушился ледяной дождь. Под тяжестью льда оборвались провода и повалились деревья, без электричества остались около шести тысяч жителей в 38 населённых пунктах.

К вечеру вторника энергетикам удалось подключить две трети потребителей. Без света остаются деревни вдоль трассы на Верхнюю Тойму, где линии проходят через лес.

**На месте работают 26 бригад**

По данным районной администрации, на восстановлении сетей работают 26 бригад, в том числе из соседних районов. Главная сложность — дороги: на многих участках упавшие деревья приходится сначала распиливать, чтобы техника могла проехать.

Глава района Сергей Малышев сказал, что в первую очередь восстанавливают электроснабжение котельных, больницы и водозабора. «В Озёрках котельная уже работает от резервного дизель-генератора. Дома там тёплые», — отметил он.

Жительница деревни Гари Надежда Ивановна Пестова топит печь и готовит на ней же. «Свет дали бы хоть к субботе — у меня в морозилке всё, что с огорода», — говорит она.

**Пункты обогрева**

В школах посёлков Озёрки и Сосновка открыты пункты обогрева. Там можно погреться, выпить горячего чая и зарядить телефон.

Администрация просит не подходить к оборванным проводам и сообщать о них по телефону единой дежурно-диспетчерской службы района.
"""),

dict(id="h39-ru-002", lang="ru", tpl="hugo", section="Транспорт", date="2026-11-20", byline="Анна Кречетова",
     title="Туман закрыл аэропорт Северореченска почти на сутки",
     sub="Восемь рейсов ушли на запасные аэродромы, ещё двенадцать задержали. Пассажиры ночевали в терминале.",
     caption="Зал ожидания аэропорта Северореченска в среду утром.", credit="Фото: Анна Кречетова",
     carry=["flights"],
     body="""
Аэропорт Северореченска почти сутки не принимал и не выпускал самолёты из-за густого тумана. Видимость на взлётно-посадочной полосе во вторник вечером не превышала 150 метров.

Восемь рейсов, которые должны были прилететь в Северореченск, ушли на запасные аэродромы в Сыктывкар и Архангельск. Ещё двенадцать рейсов задержали на срок от трёх до девятнадцати часов.

Около двухсот пассажиров провели ночь в терминале. Авиакомпании выдали им воду и питание, для семей с детьми открыли комнату матери и ребёнка, но мест в гостиницах города на всех не хватило.

Студентка Ксения Оверина возвращалась из Москвы на свадьбу сестры. «Мы сели в Архангельске, оттуда нас обещали довезти автобусом. Свадьба в субботу, надеюсь успеть», — рассказала она по телефону.

Заместитель директора аэропорта Виктор Жданов объяснил, что полоса в Северореченске оборудована системой посадки только первой категории. «Для такого тумана нужна вторая категория. Модернизация запланирована на 2028 год», — сказал он.

К утру среды туман рассеялся, и аэропорт возобновил работу в обычном режиме. Задержанные рейсы выполняются по отдельному расписанию.

Пассажирам советуют следить за табло на сайте аэропорта и уточнять время вылета в авиакомпании.
"""),

dict(id="h39-ru-003", lang="ru", tpl="semantic", section="Люди", date="2026-08-05", byline="Татьяна Голубева",
     title="Пасечник из Берёзовки: «Пчела не любит суеты»",
     sub="Геннадий Ложкин держит 60 ульев и уже 40 лет продаёт мёд на районной ярмарке. Мы спросили его, каким будет нынешний медосбор.",
     caption="Геннадий Ложкин на своей пасеке за Берёзовкой.", credit="Фото: Татьяна Голубева",
     look=[("italic", "Пасека Геннадия Ложкина стоит")],
     body="""
Пасека Геннадия Ложкина стоит на краю липовой рощи в трёх километрах от Берёзовки. Шестьдесят ульев, выкрашенных в голубой и жёлтый, старый вагончик и самодельная медогонка. Мы приехали к нему в разгар медосбора.

**Каким будет мёд в этом году?**

Липа отцвела хорошо, дождей было в меру. Думаю, возьмём килограммов по тридцать с улья. Это неплохо. В прошлом году было пятнадцать.

**С чего вы начинали?**

С двух ульев, которые мне отдал дед. Мне было двадцать два года. Он сказал: «Пчела не любит суеты». Я это всю жизнь помню.

**А пчёлы кусают?**

Бывает. Если человек нервничает, машет руками, пахнет духами. Меня давно не трогают.

**А что для пасечника труднее всего?**

Зима. Пчёлы должны пережить её в омшанике, и каждую весну не знаешь, сколько семей проснётся. Болезни тоже приходят, их раньше не было.

**Где купить ваш мёд?**

На районной ярмарке, как всегда. И дома, конечно: кто знает дорогу, тот приезжает.

Ярмарка меда пройдёт в Берёзовке в субботу, 16 августа, на площади у Дома культуры с 9 до 15 часов.
"""),
]
