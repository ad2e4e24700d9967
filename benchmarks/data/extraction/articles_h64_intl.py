# Turkish, German, French, Spanish and Russian stories for the sixty-fourth held-out part (h64-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h64_en.py.
ARTICLES = [
dict(id="h64-tr-001", lang="tr", tpl="portal", section="Yaşam", date="2026-02-05", byline="Serkan Özdemir",
     title="Saatçi Hüsnü Usta: \"Bu dükkânda 52 yıldır zaman durmadı\"",
     sub="Akçaova çarşısının en eski esnafı Hüsnü Karabıyık, 78 yaşında hâlâ her sabah dükkânını açıyor.",
     caption="Hüsnü Karabıyık, Uzunçarşı'daki dükkânında.", credit="Fotoğraf: Serkan Özdemir",
     low=0,
     look=[("bold", "Saatçiliğe nasıl başladınız?"), ("bold", "Hâlâ saat tamir ettiren var mı?"), ("bold", "En zor tamir hangisiydi?"),
           ("bold", "Dükkânı kim devralacak?"), ("bold", "Pişman mısınız?")],
     body="""
Hüsnü Karabıyık, Akçaova'nın Uzunçarşı'sındaki küçük dükkânını 1974'te açtı. 78 yaşında, hâlâ her sabah saat sekizde kepengi kaldırıyor. Duvarlarda tik tak eden onlarca saatin arasında kendisiyle konuştuk.

Saatçiliğe nasıl başladınız?

On iki yaşındayken babam beni çarşıdaki Kirkor Usta'nın yanına çırak verdi. İlk üç yıl sadece vitrin sildim, çay taşıdım. Sonra bir gün elime cımbızı verdi ve "Bakalım elin titriyor mu?" dedi.

Hâlâ saat tamir ettiren var mı?

Kimse gelmez sanıyorsunuz ama geliyorlar. Dedesinden kalan cep saatini getiren gençler var. Bir de düğünde takılan saatler. Pil değiştirmek ise her günkü iş.

En zor tamir hangisiydi?

Belediye binasının kule saati. 1998'de durmuştu, üç ay uğraştım. Bazı parçalarını tezgâhta tek tek kendim yaptım.

Dükkânı kim devralacak?

Bilmiyorum. Oğlum mühendis, İstanbul'da yaşıyor. Torunum arada bir gelip yanımda oturuyor, merakı var ama daha on beş yaşında.

Pişman mısınız?

Hayır. Saat tamiri sabır işi. Bu dükkânda 52 yıldır zaman hiç durmadı, ben de durmadım.

Hüsnü Usta'nın dükkânı pazar hariç her gün 08.00 ile 19.00 arasında açık.
"""),

dict(id="h64-tr-002", lang="tr", tpl="regional", section="Yerel", date="2026-12-03", byline="Derya Aksoy",
     title="Yenidoğan Mahallesi'nde 37 sokak lambası üç aydır yanmıyor",
     sub="Mahalle sakinleri karanlık sokaklarda yürümekten korktuklarını söylüyor; belediye sorumluluğu elektrik şirketine bırakıyor.",
     caption="Yenidoğan Mahallesi'nde Gül Sokak akşam saatlerinde.", credit="Fotoğraf: Derya Aksoy",
     carry=["streetlights", "map"],
     body="""
Karaçam'ın Yenidoğan Mahallesi'nde 37 sokak lambası eylül ayından bu yana yanmıyor. Karanlık sokaklardan şikâyet eden mahalle sakinleri, muhtarlık aracılığıyla belediyeye dilekçe verdi.

Arıza, mahallenin ana caddesi Gül Sokak'ta yapılan doğalgaz kazısı sırasında yer altı kablosunun zarar görmesiyle başladı. Kazının ardından önce altı lamba söndü, sonra çevredeki sokaklarda da lambalar birer birer karardı.

Mahalle muhtarı Cemile Yavuz, akşam beşten sonra sokağa çıkmanın zorlaştığını söyledi. "Okuldan dönen çocuklar, işten gelen kadınlar telefon ışığıyla yürüyor. Geçen hafta yaşlı bir komşumuz çukura düşüp bileğini kırdı," dedi.

## Belediye ne diyor?

Karaçam Belediyesi Fen İşleri Müdürlüğü, arızanın elektrik dağıtım şirketinin sorumluluğunda olduğunu açıkladı. Müdürlüğün açıklamasında kablonun değiştirilmesi için izin beklendiği, çalışmanın ay sonuna kadar tamamlanacağı belirtildi.

Elektrik dağıtım şirketi ise kazıyı yapan doğalgaz şirketini işaret etti.

## Sakinler ne istiyor?

Muhtarlığın belediyeye verdiği dilekçede şu talepler yer alıyor:

- arızalı kablonun yılbaşından önce değiştirilmesi
- o zamana kadar okul yoluna geçici aydınlatma konulması
- çukurların kapatılması ve kazı alanının işaretlenmesi

Mahallede bakkal işleten Orhan Kılıç, akşamları müşterisinin azaldığını söyledi. "İnsanlar karanlıkta sokağa çıkmak istemiyor. Artık dükkânı yedide kapatıyorum," dedi.

Sakinler, sorun çözülmezse ay sonunda belediye binasının önünde toplanacak.
"""),

dict(id="h64-tr-003", lang="tr", tpl="ucoz", site="Dikmeçam Köyü", kind="small", section="Köyden haberler",
     date="2026-07-14", byline="camli_dernek",
     title="Köy kahvesinin çatısı imeceyle yenilendi",
     sub="Dikmeçam'ın gençleri ve gurbetçileri, 60 yıllık kahvehanenin çökmek üzere olan çatısını iki haftada yeniden yaptı.",
     caption="Köy meydanındaki kahvehanenin yeni çatısı.", credit="Fotoğraf: Dikmeçam Kalkındırma Derneği",
     carry=["gallery"],
     body="""
Köyümüzün meydanındaki kahvehanenin çatısı, iki hafta süren imecenin ardından yeniden yapıldı. 1965'te köylülerin kendi elleriyle yaptığı binanın çatısı, geçen kış yağan ağır kar yüzünden çökmek üzereydi.

Gereken para, Dikmeçam Kalkındırma Derneği'nin başlattığı kampanyayla toplandı. Almanya'daki, İstanbul'daki ve Mersin'deki hemşehrilerimizin de desteğiyle 186 bin lira bir araya geldi.

## İmecede kim ne yaptı?

- kerestecilikle geçinen Ali Çınar ve oğulları kerestenin tamamını kesip getirdi
- köyün gençleri eski kiremitleri söküp yenilerini sırtlarında taşıdı
- kadınlar iki hafta boyunca her gün çalışanlara öğle yemeği hazırladı
- emekli usta Bekir Demir işin başında durdu

Bekir Usta, "Eski çatının kirişleri çürümüştü. Bir kar daha yağsa içeride oturanların başına yıkılırdı," dedi.

Kahvenin işletmecisi Recep Aydın, çatı yapılırken çay ocağını meydandaki çınarın altına taşıdı. "İki hafta ağacın altında çay demledik, kimse şikâyet etmedi," diye gülüyor.

Dernek başkanı Zeynep Kaya, artan paranın kahvenin sobasının ve pencerelerinin yenilenmesinde kullanılacağını söyledi. Dernek, bağış yapan herkesin adını kahvenin duvarına asılacak bir levhaya yazdıracak.

İmece sırasında çektiğimiz fotoğrafları sitemizin fotoğraf bölümünde bulabilirsiniz.
"""),

dict(id="h64-de-001", lang="de", tpl="optimizely", site="Donauland Rundfunk",
     section="Soziales", date="2026-03-04", byline="Katrin Hölzle",
     title="Wohngeld: Im Landkreis haben sich die Empfänger in zwei Jahren mehr als verdoppelt",
     sub="Vor allem Rentnerinnen und Rentner und Familien mit kleinem Einkommen stellen Anträge. Bis zum Bescheid vergehen im Schnitt elf Wochen.",
     caption="Die Wohngeldstelle im Landratsamt Riedlingen.", credit="Foto: Donauland Rundfunk / Katrin Hölzle",
     carry=["benefitscalc"],
     look=[("highlight", "Im Landkreis Riedlingen beziehen so viele Haushalte"), ("br", "Das Geld wird allerdings rückwirkend")],
     body="""
Im Landkreis Riedlingen beziehen so viele Haushalte Wohngeld wie noch nie. Ende Februar waren es 3.412, mehr als doppelt so viele wie Anfang 2024. Das geht aus Zahlen hervor, die das Landratsamt am Dienstag im Sozialausschuss vorgelegt hat.

Grund ist vor allem die Reform des Wohngelds, durch die deutlich mehr Menschen einen Anspruch haben. Dazu kommen gestiegene Mieten und Heizkosten.

**Rentner stellen fast die Hälfte der Anträge**

Knapp die Hälfte der neuen Empfänger sind Rentnerinnen und Rentner. Viele von ihnen hätten über Jahrzehnte nie Hilfe beantragt, sagte Sozialdezernentin Birgit Amann. „Manche kommen mit dem ausgefüllten Antrag und entschuldigen sich, dass sie uns Arbeit machen.“

| Haushalt | Empfänger Januar 2024 | Empfänger Februar 2026
| Eine Person | 702 | 1.538
| Zwei Personen | 421 | 903
| Drei und mehr Personen | 508 | 971

**Lange Wartezeiten**

Die Wohngeldstelle hat drei zusätzliche Stellen bekommen, kommt aber trotzdem kaum hinterher. Im Schnitt vergehen elf Wochen vom Antrag bis zum Bescheid.

Das Geld wird allerdings rückwirkend ab dem Monat gezahlt, in dem der Antrag eingegangen ist.

Heinz Wörner, 74, aus Ehingen-Berg bekommt seit Januar 186 Euro im Monat. „Ohne das hätte ich die Wohnung aufgeben müssen“, sagt er. Seine Rente reiche nach Miete und Strom kaum noch für das Essen.

Der Sozialverband rät allen, die knapp bei Kasse sind, einen Antrag zu stellen, auch wenn sie unsicher sind. Der Antrag koste nichts, und im schlimmsten Fall werde er eben abgelehnt.

Die Wohngeldstelle im Landratsamt ist montags bis freitags von 8 bis 12 Uhr und donnerstags zusätzlich bis 17.30 Uhr geöffnet.
"""),

dict(id="h64-de-002", lang="de", tpl="typo3", site="Gemeinde Hohenstetten", kind="public",
     section="Bildung und Betreuung", date="2026-01-22", byline="Hauptamt",
     title="Grundschule Lerchenfeld: Anmeldung der Erstklässler für das Schuljahr 2026/27",
     sub="Die neue Grundschule im Baugebiet Lerchenfeld nimmt im September ihren Betrieb auf. Eltern können ihre Kinder ab 2. März anmelden.",
     caption="Der Neubau der Grundschule Lerchenfeld im Januar.", credit="Foto: Gemeinde Hohenstetten",
     carry=["schooloffers", "calendar"],
     body="""
Die Grundschule Lerchenfeld nimmt zum Schuljahr 2026/27 ihren Betrieb auf. Der Gemeinderat hat in seiner Sitzung am 20. Januar den Schulbezirk festgelegt und die Anmeldetermine beschlossen.

Die Schule wird zweizügig geführt und bietet im ersten Jahr Platz für 44 Erstklässlerinnen und Erstklässler. Sie ist als Ganztagsschule mit Mensa und Betreuung bis 17 Uhr geplant.

## Schulbezirk

Zum Schulbezirk der neuen Schule gehören das Baugebiet Lerchenfeld, die Straßen nördlich der Bahnlinie sowie der Ortsteil Unterried. Kinder aus dem übrigen Gemeindegebiet besuchen weiterhin die Grundschule am Kirchberg oder die Verbundschule Oberstetten.

Geschwisterkinder, die bereits die Grundschule am Kirchberg besuchen, können auf Antrag dort bleiben.

## Anmeldung im Rathaus

Die Anmeldung findet vom 2. bis 6. März im Rathaus statt. Mitzubringen sind:

- die Geburtsurkunde oder das Familienstammbuch
- der Nachweis über die Masernimpfung
- bei getrennt lebenden Eltern die Zustimmung beider Sorgeberechtigten

Kinder, die zwischen dem 1. Juli und dem 30. September 2020 geboren sind, können auf Wunsch der Eltern ein Jahr später eingeschult werden.

## Informationsabend

Schulleiterin Dr. Annette Vogelsang stellt die Schule und ihr Konzept bei einem Informationsabend am Donnerstag, 26. Februar, um 19 Uhr in der Mensa vor. Dabei kann auch der Neubau besichtigt werden.

Fragen zur Anmeldung beantwortet das Bürgerbüro im Rathaus.
"""),

dict(id="h64-de-003", lang="de", tpl="cms", section="Menschen", date="2026-09-17", byline="Florian Mezger",
     title="Hebamme seit 35 Jahren: „Jede Geburt ist anders“",
     sub="Gisela Brandstätter hat im Schwarzachtal mehr als 2.000 Kindern auf die Welt geholfen. Ende des Monats hört sie auf.",
     caption="Gisela Brandstätter in ihrer Praxis in Schwarzach.", credit="Foto: Florian Mezger",
     look=[("bold", "Wie viele Kinder haben Sie"), ("bold", "Was hat sich in 35 Jahren verändert?"),
           ("bold", "Warum gibt es so wenige Hebammen"), ("bold", "Ihre schönste Geburt?"), ("bold", "Und was kommt jetzt?")],
     body="""
Gisela Brandstätter hat 1991 als Hebamme im Kreiskrankenhaus angefangen, seit 2003 betreut sie Frauen freiberuflich: vor und nach der Geburt und bei Hausgeburten. Ende September geht die 63-Jährige in den Ruhestand. Ein Gespräch über Nächte im Auto und den ersten Schrei.

Wie viele Kinder haben Sie auf die Welt geholt?

Ich habe irgendwann aufgehört zu zählen. Es sind sicher mehr als 2.000. Inzwischen begleite ich Frauen, bei deren eigener Geburt ich dabei war.

Was hat sich in 35 Jahren verändert?

Früher blieben die Frauen eine Woche in der Klinik. Heute gehen viele nach zwei Tagen heim, und dann sind wir Hebammen die Einzigen, die nach ihnen schauen.

Warum gibt es so wenige Hebammen auf dem Land?

Die Wege sind lang, die Bezahlung ist schlecht, und die Haftpflichtversicherung kostet ein Vermögen. Ich fahre im Jahr 40.000 Kilometer. Viele junge Kolleginnen bleiben lieber in der Stadt.

Ihre schönste Geburt?

Eine Hausgeburt an Heiligabend 2010 auf einem Hof bei Oberstetten. Es lag so viel Schnee, dass mich der Vater mit dem Traktor an der Straße abholen musste.

Und was kommt jetzt?

Mein Garten und meine eigenen Enkel. Und ich bleibe im Vorstand des Geburtshauses, das wir gerade in Schwarzach aufbauen.

Wer für die Zeit nach der Geburt noch eine Hebamme sucht, bekommt beim Gesundheitsamt eine Liste der Kolleginnen im Landkreis.
"""),

dict(id="h64-fr-001", lang="fr", tpl="legacy-br", section="Commerce", date="2026-04-28", byline="Hélène Marchais",
     title="Le marché du mardi s'agrandit avec douze nouveaux exposants",
     sub="La place du Champ-de-Foire accueille désormais 58 commerçants, un record depuis trente ans.",
     caption="Le marché du mardi sur la place du Champ-de-Foire.", credit="Photo : Hélène Marchais",
     section_tag=True,
     body="""
Le marché du mardi à Saint-Aubin-sur-Sauldre compte douze exposants de plus depuis le début du mois. La place du Champ-de-Foire en accueille désormais 58, un chiffre jamais atteint depuis le début des années 1990.

Parmi les nouveaux venus, on trouve un maraîcher bio de Vernouillet, une fromagère qui élève ses chèvres à Sainte-Lizaigne, un torréfacteur, un rémouleur et deux camions de cuisine ambulante.

Pour leur faire de la place, la mairie a déplacé le stationnement des camping-cars et prolongé le marché jusqu'à la rue des Tanneurs.

« Il y a cinq ans, on se demandait si le marché allait survivre », reconnaît l'adjoint au commerce, Bernard Lhuillier. « Les gens reviennent au marché pour acheter local, et les producteurs l'ont compris. »

## Un droit de place inchangé

Le droit de place reste fixé à 1,20 euro le mètre linéaire. Les nouveaux exposants bénéficient de trois mois gratuits pour se lancer.

Sophie Renaudin, qui vend ses fromages de chèvre pour la première fois à Saint-Aubin, se dit agréablement surprise. « J'ai tout vendu avant onze heures. Je vais doubler la quantité mardi prochain. »

Les commerçants du centre-bourg voient d'un bon œil l'arrivée de nouveaux clients. Le boulanger de la place assure avoir fait « son meilleur mardi de l'année ».

Le marché se tient chaque mardi de 8 h à 13 h. Un parking gratuit est ouvert derrière la salle des fêtes.
"""),

dict(id="h64-fr-002", lang="fr", tpl="nextjs", section="Éducation", date="2026-06-24", byline="Yannick Berthelot",
     title="Nouvelle carte scolaire : 140 élèves de Saint-Aubin iront au collège de Montcellier",
     sub="Le conseil départemental a redécoupé les secteurs pour soulager le collège Jean-Moulin, saturé depuis trois ans.",
     caption="Les bâtiments modulaires dans la cour du collège Jean-Moulin.", credit="Photo : Yannick Berthelot",
     carry=["schooloffers"],
     body="""
À la rentrée de septembre, 140 élèves de sixième et de cinquième domiciliés dans trois quartiers de Saint-Aubin-sur-Sauldre ne seront plus affectés au collège Jean-Moulin, mais au collège des Tilleuls, à Montcellier.

Le conseil départemental a voté cette nouvelle sectorisation en avril. Jean-Moulin accueille aujourd'hui 812 élèves pour une capacité de 700, et six classes sont installées dans des bâtiments modulaires au fond de la cour.

**Les familles inquiètes du trajet**

Montcellier est à onze kilomètres. Le département promet deux cars supplémentaires, avec un départ à 7 h 25 depuis la place de la Mairie.

« Mon fils aura une heure de transport par jour alors que Jean-Moulin est à dix minutes à pied », regrette Nadia Benhamou, qui habite le quartier des Aubiers. Une pétition a recueilli 430 signatures.

**Les frères et sœurs pourront rester**

Après une réunion avec les parents, le département a accepté une dérogation : les élèves dont un frère ou une sœur est déjà scolarisé à Jean-Moulin pourront y rester. Une trentaine de familles sont concernées.

La vice-présidente chargée des collèges, Martine Grosjean, défend une décision « difficile mais nécessaire ». Elle rappelle qu'un nouveau collège doit ouvrir à Saint-Aubin en 2030.

Les familles ont reçu leur notification d'affectation la semaine dernière. Une réunion d'information aura lieu au collège des Tilleuls le samedi 4 juillet à 10 h.
"""),

dict(id="h64-fr-003", lang="fr", tpl="chunks", section="Social", date="2026-10-15", byline="Claire Vasseur",
     title="Prime d'activité, RSA, aides au logement : la permanence d'aide aux démarches rouvre à Montcellier",
     sub="Fermée depuis l'an dernier, la permanence de la maison France services aide les habitants à demander leurs aides sociales.",
     caption="La permanence du jeudi, rue de la Poste.", credit="Photo : Claire Vasseur",
     carry=["benefitscalc"],
     look=[("br", "La permanence accueille aussi les retraités")],
     body="""
La permanence d'aide aux démarches sociales rouvre ses portes à Montcellier. Chaque jeudi après-midi, deux conseillers de la maison France services aident les habitants à demander la prime d'activité, le RSA, les aides au logement ou la complémentaire santé solidaire.

La permanence avait fermé l'an dernier, faute de personnel. Depuis, les habitants devaient se rendre à Vernouillet, à vingt kilomètres, ou se débrouiller seuls sur internet.

« Beaucoup de gens ne demandent rien parce que les formulaires leur font peur », explique la conseillère Amandine Roux. Selon les estimations nationales, environ un tiers des foyers qui auraient droit à la prime d'activité ne la touchent pas.

## Ce qu'il faut apporter

- une pièce d'identité
- les trois derniers bulletins de salaire
- le dernier avis d'imposition
- un relevé d'identité bancaire

Jérôme, 34 ans, intérimaire dans une usine d'emballage, est venu dès la réouverture. Il ignorait qu'il avait droit à la prime d'activité. « On m'a dit que j'aurais environ 180 euros par mois. Pour moi, c'est énorme. »

La permanence accueille aussi les retraités qui veulent vérifier leur droit à l'allocation de solidarité aux personnes âgées.

Le maire, Thierry Pommier, rappelle que la commune prend en charge le loyer du local et le chauffage.

La permanence est ouverte le jeudi de 14 h à 17 h, sans rendez-vous, au 3 rue de la Poste.
"""),

dict(id="h64-es-001", lang="es", tpl="quintype", section="Patrimonio", date="2026-05-20", byline="Marta Oliván",
     title="Los vecinos de El Arrabal recuperan el lavadero del siglo XIX",
     sub="Treinta voluntarios han trabajado los fines de semana durante seis meses para devolver el agua a las pilas.",
     caption="El lavadero de El Arrabal, ya restaurado.", credit="Foto: Marta Oliván",
     look=[("highlight", "Los vecinos de El Arrabal, en Villafría")],
     body="""
Los vecinos de El Arrabal, en Villafría, han devuelto la vida al viejo lavadero público del barrio, construido en 1886 y abandonado desde finales de los años sesenta. Treinta voluntarios han trabajado los fines de semana durante seis meses.

El lavadero, un edificio de piedra con tejado de madera y dos pilas de veinte metros, estaba lleno de escombros y zarzas. El tejado se había hundido en parte.

La asociación vecinal consiguió 18.000 euros de la comarca y el ayuntamiento cedió un albañil durante dos meses. El resto lo pusieron los vecinos: mano de obra, herramientas y hasta las tejas, recuperadas de casas derribadas.

«Aquí lavaba mi madre y aquí venía yo de niña a llevarle la merienda», cuenta Pilar Sancho, de 81 años, que el domingo fue la primera en meter las manos en el agua.

## Vuelve el agua

El mayor reto fue el agua. La acequia que alimentaba las pilas estaba cegada, y un grupo de jóvenes del barrio la limpió a mano a lo largo de 400 metros.

El lavadero ya no se usará para lavar la ropa. La asociación quiere convertirlo en un espacio para exposiciones, pequeños conciertos y talleres.

El primero será en junio: una exposición de fotografías antiguas del barrio prestadas por los propios vecinos.

El lavadero se puede visitar los sábados de 11 a 13 horas.
"""),

dict(id="h64-es-002", lang="es", tpl="fusion", section="Campo", date="2026-11-11", byline="Jesús Lafuente",
     title="La cooperativa de Villafría estrena almazara y espera moler un millón de kilos de aceituna",
     sub="La nueva instalación, con una inversión de 1,6 millones, sustituye a la vieja prensa de 1958.",
     caption="La nueva almazara de la cooperativa San Isidro.", credit="Foto: Jesús Lafuente",
     look=[("factbox", "Qué ofrece la nueva almazara")],
     body="""
La cooperativa agrícola San Isidro de Villafría ha puesto en marcha su nueva almazara, justo a tiempo para la campaña de la aceituna. Sustituye a la antigua prensa, que funcionaba desde 1958.

La instalación ha costado 1,6 millones de euros, de los que la mitad proceden de ayudas europeas. Puede moler 60.000 kilos de aceituna al día, el triple que la anterior.

El presidente de la cooperativa, Antonio Gil, calcula que este año se molerá cerca de un millón de kilos. «Con la vieja prensa, muchos socios tenían que llevar la aceituna a otros pueblos porque aquí no dábamos abasto», explica.

La cooperativa tiene 312 socios, la mayoría con pequeñas fincas de olivar de secano. La media de edad supera los sesenta años.

## Qué ofrece la nueva almazara

- molturación en frío el mismo día de la entrega
- un laboratorio para analizar la calidad de cada partida
- una tienda para vender el aceite con la marca de la cooperativa
- visitas guiadas para colegios y grupos

La gerente, Ana Belén Serrano, cree que la almazara puede atraer a gente joven. «Si el aceite se vende bien y con nombre propio, al agricultor le compensa seguir», dice.

El primer aceite de la campaña se presentará el 6 de diciembre en la plaza Mayor, con una degustación gratuita.
"""),

dict(id="h64-es-003", lang="es", tpl="drupal", section="Educación", date="2026-06-09", byline="Lucía Ferrández",
     title="El nuevo colegio de Las Eras adjudica sus primeras 75 plazas de infantil",
     sub="Noventa y seis familias pidieron plaza en primera opción; veintiuna tendrán que ir a otros centros.",
     caption="El edificio del CEIP Las Eras, a punto de terminarse.", credit="Foto: Lucía Ferrández",
     carry=["schooloffers"],
     look=[("box", "Los criterios de admisión dan puntos")],
     body="""
El colegio público Las Eras de Villafría, que abrirá sus puertas en septiembre, ha adjudicado sus primeras 75 plazas de tres años. Noventa y seis familias lo habían elegido como primera opción.

La Consejería de Educación publicó el viernes las listas definitivas de admisión. Las 21 familias que no han obtenido plaza han sido asignadas a otros colegios del municipio, la mayoría al CEIP Virgen del Pilar.

El nuevo centro se ha construido en el barrio de Las Eras, donde en los últimos diez años se han levantado más de 900 viviendas. Hasta ahora, los niños del barrio tenían que cruzar la carretera nacional para ir al colegio.

«Estábamos esperando este colegio desde que compramos el piso», explica Raquel Monzón, madre de gemelos de tres años que sí han obtenido plaza. «Ahora podrán ir andando.»

Los criterios de admisión dan puntos por la cercanía del domicilio, los hermanos matriculados en el centro, la renta familiar y la condición de familia numerosa. En caso de empate, se decidió por sorteo público.

El colegio tendrá en su primer curso tres aulas de infantil de tres años y una de cuatro años. Crecerá curso a curso hasta completar infantil y primaria en 2033.

La directora, Elena Castán, ha convocado a las familias admitidas a una reunión el 25 de junio a las 18.00 en el salón de actos del ayuntamiento.
"""),

dict(id="h64-ru-001", lang="ru", tpl="magazine", section="Люди", date="2026-03-12", byline="Ирина Самойлова",
     title="«Книги здесь читают до дыр»: 42 года в сельской библиотеке",
     sub="Антонина Васильевна Крылова заведует библиотекой в Заречье с 1984 года. Мы поговорили с ней о читателях, интернете и самой зачитанной книге.",
     caption="Антонина Крылова в читальном зале библиотеки.", credit="Фото: Ирина Самойлова",
     pull="Без библиотеки тут остались бы только магазин и остановка",
     look=[("dropcap", "Библиотека в селе Заречье"), ("box", "В прошлом году районная администрация"),
           ("bold", "Как вы сюда попали?"), ("bold", "Кто сейчас ваши читатели?"), ("bold", "А интернет не мешает?"),
           ("bold", "Самая зачитанная книга?"), ("bold", "Не страшно было?")],
     body="""
Библиотека в селе Заречье занимает две комнаты в здании бывшего сельсовета. Антонина Васильевна Крылова пришла сюда работать в 1984 году, сразу после техникума, и с тех пор ни разу не уходила в отпуск дольше чем на две недели.

Как вы сюда попали?

По распределению. Думала, отработаю три года и уеду в город. Потом вышла замуж, родились дети, и как-то стало не до отъезда.

Кто сейчас ваши читатели?

Пенсионеры и дети. Взрослые работают, им некогда. Зато пенсионеры читают запоем, уносят по пять-шесть книг за раз. Книги здесь читают до дыр.

А интернет не мешает?

Наоборот. Я сама завела страничку библиотеки и выкладываю туда новинки. Молодые мамы смотрят и записываются в очередь.

Самая зачитанная книга?

«Тихий Дон». У нас три экземпляра, и все подклеены скотчем.

В прошлом году районная администрация хотела закрыть библиотеку и перевезти фонд в райцентр. Жители собрали 600 подписей, и библиотеку оставили.

Не страшно было?

Страшно. Но я знала, что село за нас заступится. Без библиотеки тут остались бы только магазин и остановка.

Библиотека открыта со вторника по субботу с 10 до 17 часов, а в первую субботу месяца там собирается клуб любителей чтения.
"""),

dict(id="h64-ru-002", lang="ru", tpl="sanity", section="Город", date="2026-11-18", byline="Дмитрий Ерофеев",
     title="В Заречье после пяти лет темноты зажгли 140 фонарей",
     sub="Микрорайон на левом берегу Оки получил новое освещение по программе благоустройства. Жители добивались этого с 2021 года.",
     caption="Улица Полевая в Заречье вечером.", credit="Фото: Дмитрий Ерофеев",
     carry=["streetlights"],
     look=[("dropcap", "В микрорайоне Заречье в пятницу")],
     body="""
В микрорайоне Заречье в пятницу вечером впервые за пять лет зажглись уличные фонари. Подрядчик установил 140 светодиодных светильников на восьми улицах.

Старое освещение в Заречье перестало работать в 2021 году, когда во время урагана упали несколько опор и оборвались провода. Ремонтировать его тогда не стали: сети не числились на балансе города, и долгое время никто не мог решить, чьи они.

«Зимой в пять вечера уже ничего не видно. Дети шли из школы с фонариками на телефонах», — рассказывает жительница улицы Полевой Светлана Гурьева. Она вместе с соседями писала обращения в администрацию, в прокуратуру и губернатору.

## Что сделано

- установлено 98 новых опор и 140 светильников
- проложено почти четыре километра нового кабеля
- фонари включаются автоматически по датчику освещённости
- освещена дорога к школе и к автобусной остановке

Работы обошлись в 11,2 миллиона рублей, две трети этой суммы выделил областной бюджет.

Глава города Андрей Кучеров признал, что жителям пришлось ждать слишком долго. «Сначала нужно было оформить сети в собственность города, без этого мы не могли получить деньги», — пояснил он.

Следующей в очереди стоит улица Луговая, где освещение обещают сделать летом.

О неработающих фонарях жителей просят сообщать в единую дежурно-диспетчерскую службу.
"""),

dict(id="h64-ru-003", lang="ru", tpl="gutenberg", section="Общество", date="2026-02-26", byline="Наталья Брагина",
     title="В Городце открылся центр, где помогут оформить пособия и субсидии",
     sub="Специалисты соцзащиты и волонтёры принимают жителей в бывшем здании почты на улице Советской.",
     caption="Центр помощи в бывшем здании почты.", credit="Фото: Наталья Брагина",
     carry=["benefitscalc"],
     look=[("dropcap", "В Городце открылся центр помощи"), ("box", "Документы можно подать на месте")],
     body="""
В Городце открылся центр помощи в оформлении социальных выплат. Специалисты соцзащиты и волонтёры помогают жителям подать заявления на пособия, субсидии на оплату жилья и единое пособие на детей.

Центр разместился в бывшем здании почты на улице Советской. Раньше за консультацией приходилось ехать в районную соцзащиту, а записаться туда можно было только на две недели вперёд.

«Многие пенсионеры не знают, что им положена субсидия на коммуналку, если платежи больше 22 процентов дохода», — объясняет руководитель центра Ольга Мелентьева. По её словам, за первую неделю в центр обратились 146 человек.

## С чем приходят чаще всего

- субсидия на оплату жилья и коммунальных услуг
- единое пособие на детей
- компенсация за подключение дома к газу
- выплаты тем, кто ухаживает за пожилыми родственниками

Пенсионерка Валентина Сорокина пришла узнать про субсидию. «Я живу одна, пенсия 16 тысяч, а за квартиру зимой выходит больше четырёх. Оказалось, мне положено почти две тысячи в месяц», — рассказала она.

Документы можно подать на месте: сотрудники сканируют их и отправляют через портал госуслуг. Тем, у кого нет подтверждённой учётной записи, помогут её оформить.

Центр работает с понедельника по пятницу с 9 до 16 часов, по средам — до 19 часов.
"""),
]
