# Turkish, German, French, Spanish and Russian stories for the seventy-second held-out part (h72-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h72_en.py.
ARTICLES = [
dict(id="h72-tr-001", lang="tr", tpl="simorgh", site="Kestrel Haber Türkçe", place="Karadere",
     section="Türkiye", date="2026-10-16", byline="Elif Sarıkaya",
     title="Karadere Yarı Maratonu: 6 bin koşucu pazar günü sahil yolunda",
     sub="Kentin ilk uluslararası yarı maratonu için sahil yolu ve çevresindeki 14 cadde sabah saatlerinde trafiğe kapatılacak.",
     caption="Koşucular geçen ay sahil yolundaki deneme koşusunda.", credit="Kestrel Haber",
     body_caption="Gönüllüler yarış köyünde su şişelerini hazırlıyor.",
     carry=["racedayclosures"],
     look=[("italic", "\u201cBen yürüyerek de olsa bitireceğim.\u201d")],
     body="""
Karadere'de pazar sabahı yaklaşık 6 bin koşucu, kentin ilk uluslararası yarı maratonunda 21 kilometre koşacak.

Yarış saat 08.00'de Liman Meydanı'ndan başlayacak, sahil yolunu izleyerek Fener Burnu'na kadar uzanacak ve aynı yoldan geri dönerek Cumhuriyet Parkı'nda bitecek.

Organizasyon komitesinden Kerem Aydoğdu, katılımcıların 31 ülkeden geldiğini söyledi. "Kenya ve Etiyopya'dan profesyonel atletler var ama koşucuların büyük çoğunluğu Karadere'den. Bizim için asıl önemli olan da bu."

## En yaşlı koşucu 79 yaşında

Yarışın en yaşlı katılımcısı, emekli balıkçı Hüsnü Çelebi. 79 yaşındaki Çelebi, her sabah sahil yolunda yürüyüş yaptığını ve bir yıldır bu yarışa hazırlandığını anlattı.

\u201cBen yürüyerek de olsa bitireceğim.\u201d

Parkur boyunca 12 su istasyonu, dört sağlık noktası ve iki ambulans bulunacak. Yarışa 350 gönüllü destek verecek.

## Toplu taşıma

Belediye, yarış günü sahil yolunu kullanan otobüs hatlarının güzergâhlarının değişeceğini duyurdu. Vapur seferleri ise normal tarifeyle sürecek ve sabah 06.00'dan itibaren yarım saatte bir yapılacak.

Koşucuların topladığı bağış, kentteki üç köy okulunun kütüphanesine aktarılacak. Şimdiye kadar 1,2 milyon lira toplandı.

Ödül töreni saat 11.30'da Cumhuriyet Parkı'ndaki açık hava sahnesinde yapılacak.
"""),

dict(id="h72-tr-002", lang="tr", tpl="cms", section="İnsan", date="2026-12-02", byline="Murat Gençoğlu",
     title="Kırk yıllık simitçi: 'Tablayı ilk kez babam başıma koydu'",
     sub="Osman Yüksel, Karadere iskelesinde 40 yıldır simit satıyor. Yeni yılda tablasını oğluna bırakıyor.",
     caption="Osman Yüksel iskeledeki yerinde.", credit="Fotoğraf: Murat Gençoğlu",
     low=0,
     body="""
Osman Yüksel, 1986'dan bu yana her sabah saat altıda Karadere iskelesinin merdivenlerinin başında duruyor. 63 yaşında, tablasını yeni yılda oğluna devrediyor. Kendisiyle iskelede, ilk vapur kalkmadan konuştuk.

**Simitçiliğe kaç yaşında, nasıl başladınız?**

Babam da simitçiydi. On dört yaşındaydım, bir sabah hastalandı ve tablayı benim başıma koydu. "Bugün sen git" dedi. O gün bugündür gidiyorum.

**Günde kaç simit satıyorsunuz?**

Yazın üç yüzü bulur. Kışın yüz elli, iki yüz. Vapur yolcusu simitsiz binmez, martılar da olmasa daha çok satarım.

**Martılar mı?**

Yolcular simidin yarısını martılara atıyor, ben de bakıp içimden gülüyorum. Ben de "Atacaksan bari iki tane al" diyorum.

**En zor gününüz?**

1992 kışı. İskele buz tutmuştu, tabla elimden kaydı, yüz simit denize gitti. O gün eve eli boş döndüm.

**Müşterileriniz değişti mi?**

Eskiden herkes bozuk parayla öderdi. Şimdi telefonu uzatıyorlar. Oğlum bana kart makinesi aldı, ben hâlâ para üstünü cebimden veriyorum.

**Emekli olunca sabahları ne yapacaksınız?**

Sabah altıda yine buraya geleceğim. Bu sefer simit satmaya değil, oğlumun simidini yemeye.
"""),

dict(id="h72-tr-003", lang="tr", tpl="chunks", section="Kent", date="2026-05-20", byline="Derya Özkaynak",
     title="Bekleme salonlarına kitap takas rafları geliyor",
     sub="Karadere Belediyesi, otogar ve iskeledeki bekleme salonlarına ücretsiz kitap rafları koydu.",
     caption="İskele bekleme salonundaki kitap takas rafı.", credit="Fotoğraf: Derya Özkaynak",
     carry=["bookswap"],
     look=[("br", "Raflarda en çok polisiye romanlar ilgi görüyor.")],
     body="""
Vapur ya da otobüs beklerken artık telefona bakmak zorunda değilsiniz. Karadere Belediyesi, otogar ve iskeledeki bekleme salonlarına kitap takas rafları yerleştirdi.

Uygulama basit: Yolcular raftan bir kitap alıyor, okuduktan sonra geri getiriyor ya da yerine başka bir kitap bırakıyor. Kayıt, kart ya da ücret yok.

Raflardaki ilk 1.500 kitap, kent kütüphanesinin fazla nüshalarından ve bağışlardan geldi.

## Fikir bir öğrenciden

Fikrin sahibi, Karadere Anadolu Lisesi öğrencisi 17 yaşındaki Ceren Toprak. Ceren, her gün okula vapurla gidip geldiğini ve yolcuların çoğunun yolculuk boyunca ekrana baktığını fark ettiğini anlattı.

"Belediyeye bir e-posta yazdım, cevap geleceğini hiç düşünmemiştim," dedi. "İki hafta sonra beni aradılar."

Belediyenin Kültür Müdürü Ayhan Erdinç, rafların ilk ayında yaklaşık 900 kitabın el değiştirdiğini söyledi.

Raflarda en çok polisiye romanlar ilgi görüyor.

Çocuk kitapları da hızla tükeniyor.

Belediye, yaz aylarında sahildeki iki çay bahçesine de raf koymayı planlıyor. Kitap bağışlamak isteyenler, kitaplarını kent kütüphanesinin danışma masasına hafta içi 09.00 ile 17.00 arasında bırakabilir.
"""),

dict(id="h72-de-001", lang="de", tpl="legacy-br", section="Soziales", date="2026-01-28", byline="Katrin Vollmer",
     title="Schuldnerberatung öffnet wieder offene Sprechstunden",
     sub="Nach einem Jahr mit Terminvergabe über Wochen bietet die Beratungsstelle in Erlbach wieder Hilfe ohne Anmeldung an.",
     caption="Die Beratungsstelle in der Hauptstraße.", credit="Foto: Katrin Vollmer",
     carry=["advicesessions"],
     body="""
Wer in Erlbach Schulden hat und nicht mehr weiterweiß, muss nicht mehr wochenlang auf einen Termin warten. Die Schuldner- und Insolvenzberatung der Diakonie bietet ab Februar wieder offene Sprechstunden an.

Im vergangenen Jahr hatte die Beratungsstelle nur noch nach Terminvergabe gearbeitet. Die Wartezeit lag zuletzt bei neun Wochen.

"Neun Wochen sind eine Ewigkeit, wenn der Strom abgestellt werden soll", sagt Leiterin Annette Brüggemann. Manche Ratsuchende seien erst gekommen, als der Gerichtsvollzieher schon vor der Tür stand.

## Zwei neue Stellen

Möglich wird das, weil der Landkreis zwei zusätzliche Beraterstellen bezahlt. Die Kosten von rund 130.000 Euro im Jahr teilen sich Kreis und Stadt.

In der offenen Sprechstunde geht es zunächst um eine erste Einschätzung: Welche Schulden gibt es, was ist dringend, welche Fristen laufen?

Am häufigsten kommen die Menschen nach Angaben der Beratungsstelle mit diesen Problemen:

- Rückstände bei Strom und Gas
- Mietschulden
- Handyverträge und Ratenkäufe
- Forderungen von Inkassobüros

Die Beratung ist kostenlos und vertraulich. Ratsuchende sollten alle Briefe von Gläubigern, Kontoauszüge und den Mietvertrag mitbringen.

Die Beratungsstelle ist in der Hauptstraße 41, gegenüber dem Rathaus. Der Eingang ist barrierefrei.
"""),

dict(id="h72-de-002", lang="de", tpl="regional", section="Sport", date="2026-05-31", byline="Timo Reinhardt",
     title="SV Hollenbach steigt nach elf Jahren in die Bezirksliga auf",
     sub="Ein 3:1 gegen den Tabellenzweiten macht am letzten Spieltag alles klar.",
     caption="Die Hollenbacher Spieler feiern nach dem Schlusspfiff.", credit="Foto: Timo Reinhardt",
     carry=["scores"],
     body="""
Nach elf Jahren in der Kreisliga spielt der SV Hollenbach in der kommenden Saison wieder in der Bezirksliga. Am letzten Spieltag gewann die Mannschaft von Trainer Rüdiger Haas vor 640 Zuschauern mit 3:1 gegen den TSV Oberau.

Dabei stand es zur Pause noch 0:1. Oberau hatte nach 23 Minuten durch einen Freistoß getroffen.

**Der Wechsel zur Pause**

Haas brachte nach dem Seitenwechsel den 19-jährigen Leon Kastner, der in dieser Saison meist auf der Bank saß. Kastner bereitete das 1:1 vor und traf in der 71. Minute selbst zum 2:1.

"Ich habe ihm gesagt: Geh raus und hab Spaß", sagte Haas nach dem Spiel. "Mehr nicht."

Den Schlusspunkt setzte Kapitän Daniel Ferber mit einem Elfmeter in der Nachspielzeit.

**Das Dorf feiert**

Nach dem Abpfiff stürmten Hunderte Zuschauer den Platz. Die Feier im Sportheim ging bis in den frühen Morgen, die Freiwillige Feuerwehr sorgte für Bratwurst und Getränke.

Für den Verein ist der Aufstieg auch finanziell wichtig. In der Bezirksliga kommen mehr Zuschauer, und zwei neue Sponsoren haben bereits zugesagt.

Der Kader bleibt weitgehend zusammen. Nur Torwart Stefan Lübke hört nach 17 Jahren im Verein auf.

Die Saison beginnt Mitte August. Dauerkarten gibt es ab Juli im Sportheim.
"""),

dict(id="h72-de-003", lang="de", tpl="ucoz", site="Dorfgemeinschaft Kleinerlbach", kind="small", section="Aus dem Dorf",
     date="2026-08-05", byline="Dorfgemeinschaft",
     title="Unser Bücherschrank an der Bushaltestelle ist eröffnet",
     sub="Seit Samstag steht an der Haltestelle Dorfplatz ein offener Bücherschrank.",
     caption="Der neue Bücherschrank an der Haltestelle Dorfplatz.", credit="Foto: Helga Strobel",
     carry=["bookswap"],
     body="""
Liebe Kleinerlbacher, seit Samstag hat unser Dorf einen eigenen Bücherschrank. Er steht an der Bushaltestelle Dorfplatz, gleich neben dem Briefkasten.

Gebaut hat ihn Schreinermeister Alois Gruber aus einer alten Telefonzelle, die uns die Nachbargemeinde geschenkt hat. Das Glas und die Regalbretter hat die Raiffeisenbank bezahlt.

Zur Eröffnung kamen etwa 40 Leute. Bürgermeister Hans Pichler hat das erste Buch hineingestellt, einen alten Heimatkalender von 1962.

So funktioniert der Bücherschrank:

- Nehmen Sie ein Buch mit, so viele Sie wollen.
- Stellen Sie ein Buch hinein, wenn Sie eines übrig haben.
- Bitte keine Zeitschriften, Lexika oder beschädigten Bücher.

Um den Schrank kümmern sich ehrenamtlich Helga Strobel und Renate Maier. Sie schauen jede Woche nach, ob alles in Ordnung ist, und sortieren aus, was nicht hineingehört.

Schon in der ersten Woche waren die Kinderbücher weg. Wer zu Hause noch welche hat, darf sie gerne bringen.

Ein herzliches Dankeschön an alle, die mitgeholfen haben, und an Helga für die schönen Fotos.

Der Schrank ist Tag und Nacht geöffnet.
"""),

dict(id="h72-fr-001", lang="fr", tpl="portal", section="Sports", date="2026-09-25", byline="Mathilde Roussel",
     title="Semi-marathon de Villebrune : 4 000 coureurs et un centre-ville fermé dimanche matin",
     sub="La course revient sur un nouveau parcours le long des quais. La circulation sera coupée de 7 h à 12 h 30.",
     caption="Le départ de l'édition 2025, place de la Halle.", credit="Photo : Mathilde Roussel",
     carry=["racedayclosures"],
     body="""
Près de 4 000 coureurs sont attendus dimanche au départ du semi-marathon de Villebrune, le plus grand rendez-vous sportif de l'année dans la ville.

Pour sa onzième édition, la course change de parcours. Les organisateurs ont abandonné la montée vers la citadelle, jugée trop dangereuse dans la descente, pour une boucle plus plate le long des quais de la Vézère.

## Un parcours plus rapide

« On espère voir tomber le record de l'épreuve », explique Julien Masson, président de l'association Villebrune Running. Le record masculin, 1 h 04 min 12 s, date de 2019.

Le départ sera donné à 9 h place de la Halle, l'arrivée jugée au stade municipal.

## Les bénévoles au rendez-vous

Sans eux, pas de course : 380 bénévoles tiendront les ravitaillements et les carrefours. Parmi eux, Odette Vallier, 81 ans, qui n'a manqué aucune édition.

« Je donne de l'eau et des encouragements. Parfois ils me disent merci, parfois ils n'ont plus la force. »

## Les commerçants partagés

Tous ne sont pas ravis. Plusieurs commerçants de la rue Nationale regrettent que la course tombe un dimanche de marché. La mairie a déplacé le marché sur le parking du collège pour la matinée.

Les navettes gratuites partiront du parking des Granges toutes les quinze minutes à partir de 7 h.
"""),

dict(id="h72-fr-002", lang="fr", tpl="magazine", section="Société", date="2026-11-07", byline="Élise Carpentier",
     title="Au lavoir de Saint-Aubin, on répare désormais les grille-pain",
     sub="Un samedi par mois, des bénévoles réparent gratuitement les objets cassés des habitants dans l'ancien lavoir du village.",
     caption="Un bénévole démonte une machine à café au lavoir.", credit="Photo : Élise Carpentier",
     pull="Jeter, c'est facile. Réparer, ça se partage",
     look=[("dropcap", "Il y a d'abord le bruit"), ("box", "En un an, le café réparation a reçu")],
     body="""
Il y a d'abord le bruit : un tournevis qui tombe, une radio qui grésille, puis quelqu'un qui crie « Ça marche ! » et tout le lavoir qui applaudit.

Depuis un an, l'ancien lavoir de Saint-Aubin accueille un café réparation le premier samedi de chaque mois. Les habitants y apportent ce qui est cassé, des bénévoles essaient de le réparer, gratuitement.

L'idée vient de Bernard Lachaux, 68 ans, électricien à la retraite. « J'avais un garage plein d'outils et des voisins qui jetaient des aspirateurs pour un fil dessoudé. »

Ils sont aujourd'hui douze bénévoles : deux électriciens, une couturière, un horloger, un informaticien et plusieurs bricoleurs.

En un an, le café réparation a reçu 412 objets. Deux sur trois sont repartis en état de marche.

Les objets les plus souvent apportés :

- les grille-pain et les bouilloires
- les lampes de chevet
- les vêtements à recoudre
- les vélos d'enfants

« Jeter, c'est facile. Réparer, ça se partage », résume Bernard, qui tient à ce que le propriétaire reste à côté de lui pendant la réparation pour apprendre.

La mairie prête le lavoir et paie l'électricité. Le café et les gâteaux sont apportés par les habitants.

Le prochain café réparation aura lieu samedi 5 décembre, de 9 h à 12 h.
"""),

dict(id="h72-fr-003", lang="fr", tpl="quintype", section="Commerces", date="2026-04-15", byline="Hugo Delaunay",
     title="La boulangerie de Cressac rouvre grâce à une cagnotte des habitants",
     sub="Fermée depuis dix-huit mois, la seule boulangerie du village a été reprise par un jeune couple.",
     caption="Le nouveau four de la boulangerie de Cressac.", credit="Photo : Hugo Delaunay",
     look=[("highlight", "Le pain est revenu à Cressac.")],
     body="""
Le pain est revenu à Cressac. Samedi matin, une file d'attente s'est formée dès 6 h 30 devant la boulangerie de la place de l'Église, fermée depuis dix-huit mois.

Le commerce a été repris par Camille et Yanis Berthier, 29 et 31 ans, qui travaillaient jusque-là dans une boulangerie industrielle près de Limoges.

**Une cagnotte de 23 000 euros**

Le couple n'aurait pas pu s'installer sans les habitants. Une cagnotte lancée par le comité des fêtes a réuni 23 000 euros auprès de 340 donateurs, de quoi remplacer le four, hors d'usage.

« Des gens ont donné dix euros, d'autres mille. Une dame nous a apporté un chèque dans une enveloppe avec une recette de fouace », raconte Camille.

**La mairie baisse le loyer**

La commune, propriétaire des murs, a réduit le loyer de moitié pendant les deux premières années. Le maire, Gérard Pouzol, assume. « Un village sans boulangerie, c'est un village où l'on ne se croise plus. »

**Des horaires pour tout le monde**

La boulangerie ouvre tous les jours sauf le mercredi, de 6 h 30 à 13 h et de 16 h à 19 h. Le dimanche, elle ferme à 12 h 30.

Yanis fait aussi une tournée en camionnette le mardi et le vendredi dans les quatre hameaux de la commune.
"""),

dict(id="h72-es-001", lang="es", tpl="table", section="Vivienda", date="2026-03-10", byline="Lucía Manzanares",
     title="Vuelve la asesoría gratuita sobre alquiler al centro cívico de San Lázaro",
     sub="Abogados voluntarios atenderán sin cita previa a inquilinos con problemas de contrato, fianzas o desahucios.",
     caption="La sala del centro cívico donde se atenderá a los vecinos.", credit="Foto: Lucía Manzanares",
     carry=["advicesessions"],
     body="""
Los vecinos de Villaseca que tengan problemas con su alquiler vuelven a tener dónde preguntar. El centro cívico de San Lázaro recupera desde la semana que viene la asesoría gratuita sobre vivienda que dejó de funcionar el verano pasado.

El servicio lo prestan abogados voluntarios del Colegio de Abogados, con el apoyo del Ayuntamiento, que cede la sala y paga una trabajadora social a media jornada.

## Qué consultas se atienden

Los abogados resolverán dudas sobre contratos de alquiler, subidas de renta, devolución de fianzas, obras y reparaciones, y procedimientos de desahucio.

La coordinadora del servicio, Pilar Ocaña, explica que la mayoría de las consultas del año pasado tenían que ver con fianzas que no se devolvían. «Mucha gente no sabe que el casero tiene un mes para devolverla. Se rinden antes de empezar».

## Más demanda que nunca

En sus últimos seis meses, la asesoría atendió a 530 personas. El perfil más habitual es el de una mujer de entre 30 y 50 años, con hijos, que vive de alquiler en los barrios de San Lázaro y La Estación.

La concejala de Vivienda, Begoña Ruiz, reconoce que la ciudad tiene un problema. «El alquiler ha subido un 40 % en cinco años y los sueldos no».

La atención es gratuita y confidencial. Conviene llevar el contrato de alquiler, los recibos y cualquier carta o burofax recibido.
"""),

dict(id="h72-es-002", lang="es", tpl="nextjs", section="Cultura", date="2026-07-02", byline="Andrés Villalobos",
     title="Los vecinos de El Rincón salvan el cine de verano",
     sub="Una asociación de barrio gestionará las proyecciones al aire libre que el Ayuntamiento iba a suprimir.",
     caption="La pantalla del cine de verano en la plaza del Rincón.", credit="Foto: Andrés Villalobos",
     look=[("bold", "La primera sesión se agotó en dos horas.")],
     body="""
El cine de verano de la plaza del Rincón tendrá temporada 56. Los vecinos lo han salvado.

En marzo, el Ayuntamiento de Villaseca anunció que no renovaría el contrato de las proyecciones al aire libre por falta de presupuesto. La asociación vecinal El Rincón Vivo se ofreció entonces a organizarlas ella misma.

**Sillas de casa y palomitas de la peña**

La asociación ha conseguido un proyector de segunda mano de un cine que cerró en Toledo. La pantalla es la de siempre, que el Ayuntamiento guardaba en un almacén. Las sillas, cada uno se trae la suya.

La entrada cuesta tres euros. Los menores de doce años no pagan.

La primera sesión se agotó en dos horas.

**Una programación votada**

Las películas las eligen los socios en votación. Este verano habrá:

- clásicos del cine español los martes
- películas de animación los jueves
- estrenos del año los sábados

«Mi abuela venía aquí de novia», cuenta Rocío Benítez, presidenta de la asociación. «No podíamos dejar que la plaza se quedara a oscuras en agosto».

**Voluntarios para la taquilla**

Unos treinta voluntarios se turnan para vender entradas, montar la pantalla y recoger al final. Siguen buscando gente para las noches de agosto.

Las sesiones empiezan a las diez y media de la noche, de julio a mediados de septiembre.
"""),

dict(id="h72-es-003", lang="es", tpl="fusion", section="Provincia", date="2026-02-19", byline="Nuria Aranda",
     title="Fuentelapeña vuelve a encender su horno comunal",
     sub="El horno de leña donde el pueblo coció su pan durante dos siglos abre de nuevo tras su restauración.",
     caption="El horno comunal de Fuentelapeña, ya restaurado.", credit="Foto: Nuria Aranda",
     look=[("factbox", "Qué se puede cocer")],
     body="""
El olor a leña de encina volvió el domingo a la calle del Horno de Fuentelapeña. Por primera vez en casi cuarenta años, el horno comunal del pueblo se encendió para cocer pan.

El horno, de finales del siglo XVIII, se usó hasta 1987, cuando cerró la última tahona de la zona y los vecinos empezaron a comprar el pan en la furgoneta del panadero.

La restauración ha costado 68.000 euros, pagados por la Diputación y el Ayuntamiento. Los albañiles han rehecho la bóveda con ladrillo macizo, como la original.

«El secreto está en calentar la bóveda hasta que se pone blanca», explica Eusebio Carrasco, de 86 años, el único vecino que recuerda cómo se hacía. Él ha enseñado a los voluntarios que se encargarán del horno.

## Qué se puede cocer

- pan de hogaza y de pueblo
- magdalenas y perrunillas
- asados por encargo en fiestas

Cada familia puede reservar su turno en el Ayuntamiento. Solo se pide traer la masa preparada y un haz de leña.

La alcaldesa, Montserrat Velasco, espera que el horno atraiga también visitantes. «Ya nos han llamado de dos colegios para traer a los niños».

El horno se encenderá el primer domingo de cada mes a partir de las nueve de la mañana.
"""),

dict(id="h72-ru-001", lang="ru", tpl="gutenberg", section="Город", date="2026-06-17", byline="Ксения Лаврова",
     title="В Заречье у остановок появились полки для обмена книгами",
     sub="Жители района уже обменялись тысячей книг за первый месяц работы полок.",
     caption="Книжная полка на остановке «Парк Победы».", credit="Фото: Ксения Лаврова",
     carry=["bookswap"],
     look=[("dropcap", "На остановке «Парк Победы»"), ("box", "За первый месяц через полки")],
     body="""
На остановке «Парк Победы» теперь можно не только ждать автобус, но и взять почитать книгу. В Заречном районе Светлогорска открылись пять полок для бесплатного обмена книгами.

Идея принадлежит местной библиотеке имени Пришвина. Полки сделали студенты колледжа из старых стеллажей, которые библиотека списала после ремонта.

Правила простые:

- берите любую книгу бесплатно;
- оставляйте взамен свою, если хотите;
- не приносите учебники и журналы.

«Сначала мы боялись, что полки быстро опустеют или их сломают», — говорит заведующая библиотекой Галина Сорокина. — «Но жители сами следят за порядком и даже протирают полки».

За первый месяц через полки прошла почти тысяча книг. Больше всего берут детективы и детские книги.

## Книги с историей

Некоторые книги приходят с записками. В одной из них пенсионерка оставила рецепт пирога, в другой — школьник просил следующего читателя написать, понравилась ли ему книга.

Библиотека планирует поставить ещё три полки осенью: у поликлиники, у рынка и на набережной.

Принести книги для полок можно в библиотеку на улице Садовой, 12, со вторника по субботу с 10 до 19 часов.
"""),

dict(id="h72-ru-002", lang="ru", tpl="sanity", section="Общество", date="2026-10-06", byline="Игорь Мельников",
     title="В районных библиотеках начались бесплатные консультации юристов",
     sub="Жители могут получить помощь по вопросам долгов, жилья и пособий без записи.",
     caption="Юрист консультирует посетительницу библиотеки.", credit="Фото: Игорь Мельников",
     carry=["advicesessions"],
     look=[("dropcap", "В трёх районных библиотеках")],
     body="""
В трёх районных библиотеках Светлогорска начали работать бесплатные консультации юристов. Проект запустили городская администрация и региональная палата адвокатов.

Приём ведут молодые адвокаты и студенты-старшекурсники юридического факультета под присмотром опытных коллег.

## С чем приходят

По словам координатора проекта Елены Журавлёвой, за первые две недели на приём пришли 140 человек. Чаще всего спрашивают о долгах по кредитам и коммунальным платежам, о разделе квартир после развода и об оформлении пособий.

«Многие люди годами боятся открыть письмо от банка. Мы объясняем, что делать, и помогаем составить ответ», — говорит Журавлёва.

**Пенсионеры в очереди первыми**

Почти половина посетителей — пенсионеры. Многие приходят с папками документов, собранных за много лет.

Пенсионерка Валентина Егорова рассказала, что два года не могла оформить субсидию на оплату жилья. «Мне за полчаса объяснили, каких бумаг не хватает».

## Что взять с собой

Консультация бесплатная и конфиденциальная. Юристы советуют взять паспорт, все договоры, квитанции и письма, которые касаются вопроса.

Проект рассчитан до конца года. Если он будет востребован, администрация обещает продлить его и открыть приём ещё в двух библиотеках.
"""),

dict(id="h72-ru-003", lang="ru", tpl="hugo", section="Люди", date="2026-12-14", byline="Анна Щербакова",
     title="«Сорок лет на велосипеде с сумкой»: почтальон из Ивантеевки уходит на пенсию",
     sub="Зинаида Котова разносила почту по трём сёлам с 1986 года.",
     caption="Зинаида Котова у почтового отделения в Ивантеевке.", credit="Фото: Анна Щербакова",
     body="""
Зинаида Котова сорок лет разносила письма, газеты и пенсии по трём сёлам под Ивантеевкой. В декабре ей исполнилось 64, и она уходит на пенсию. Мы поговорили с ней в почтовом отделении в её последнюю неделю.

**Как вы попали на почту в восемьдесят шестом?**

После школы работала на ферме. В 1986 году на почте освободилось место, и мама сказала: иди, там хоть под крышей. А оказалось, что почтальон под крышей почти не бывает.

**Сколько километров в день?**

Летом на велосипеде километров двадцать пять. Зимой пешком, когда дорогу не чистят, меньше, но дольше.

**А сельские собаки?**

Собаки меня все знают. В каждом дворе есть пёс, которому я ношу сухарик. Боялась только одного гуся в Малиновке, он щипался.

**Что изменилось в почте за эти сорок лет?**

Раньше носила мешок писем. Солдатам, студентам, из города. Теперь писем почти нет, только счета и квитанции. Зато посылок стало много.

**Самый запомнившийся день?**

Когда принесла бабе Нюре письмо от брата, которого она считала погибшим. Ему было восемьдесят лет, он нашёл её через сельсовет. Мы тогда с ней вместе плакали.

**Кто будет носить почту дальше?**

Пока ищут. Если не найдут, обещают возить на машине два раза в неделю.
"""),
]
