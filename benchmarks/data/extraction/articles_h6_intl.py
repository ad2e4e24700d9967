# Turkish, German, French, Spanish and Russian stories for the sixth held-out part (h6-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h6_en.py.
ARTICLES = [
dict(id="h6-tr-001", lang="tr", tpl="bitrix", section="Çevre", date="2025-05-08", byline="Deniz Karaosmanoğlu",
     title="Foça açıklarında 3 bin metrekarelik alana deniz çayırı dikildi",
     caption="Dalgıçlar deniz çayırı fidelerini tabana yerleştiriyor.", credit="Fotoğraf: Ege Deniz Araştırmaları Derneği",
     body="""
İzmir'in Foça ilçesi açıklarında, tekne çapaları nedeniyle zarar gören yaklaşık 3 bin metrekarelik alana deniz çayırı dikildi.

Ege Deniz Araştırmaları Derneği'nin yürüttüğü projede 14 gönüllü dalgıç, üç hafta boyunca 9 bin 200 fideyi tek tek deniz tabanına yerleştirdi. Fideler, fırtınalarda kopup kıyıya vuran bitkilerden toplanarak bir ay boyunca tanklarda bekletildi.

Deniz çayırı, Akdeniz'de balıkların yumurtladığı ve yavruların saklandığı alanların başında geliyor. Bitki aynı zamanda büyük miktarda karbon depoluyor ve kıyıyı dalgalara karşı koruyor.

Projenin sorumlusu deniz biyoloğu Dr. Ayla Tekinalp, çayırların bir yılda ancak birkaç santimetre yayılabildiğini söyledi.

"Bir çapanın beş dakikada kopardığını doğa yüz yılda geri getiriyor," dedi.

Dalış sırasında ekip, kıyıdaki tekneyle sürekli irtibat halinde kaldı. Akıntının sertleştiği iki gün çalışmaya ara verildi.

Dernek, dikim alanının çevresine tekne sahiplerinin demir atmaması için şamandıralar yerleştirdi. Liman başkanlığı da bölgede demirlemeyi yasaklayan bir duyuru yayımladı.

Fidelerin ne kadarının tuttuğu, önümüzdeki sonbaharda yapılacak ölçümlerle belli olacak. Tekinalp, yüzde 60'lık bir başarının bile iyi sayılacağını belirtti.

"Sabırlı olmak zorundayız."
"""),

dict(id="h6-tr-002", lang="tr", tpl="portal", section="Ekonomi", date="2025-02-13", byline="Mert Yazıcıoğlu",
     title="Kapıya süt aboneliğinin aylık ücreti 450 liraya çıktı",
     caption="Kooperatifin dağıtım aracı sabah turunda.", credit="Fotoğraf: Trakya Postası",
     body="""
Lüleburgaz'daki Yeşilova Süt Üreticileri Kooperatifi, evlere günlük süt dağıtımı yapan abonelik sisteminin aylık ücretini 380 liradan 450 liraya çıkardı.

Kooperatif, 2021'de başlattığı sistemle her sabah cam şişelerde bir litre çiğ süt teslim ediyor. Boş şişeler ertesi gün geri alınıyor.

Kooperatif başkanı Hüseyin Ağaoğlu, zammın yem ve mazot fiyatlarındaki artıştan kaynaklandığını söyledi. Ağaoğlu'na göre bir litre sütün üreticiye maliyeti son bir yılda yüzde 40'a yakın arttı.

Abone sayısı ise düşmedi. Kooperatif, zammın duyurulduğu hafta yalnızca 12 kişinin aboneliğini iptal ettiğini, aynı hafta 30 yeni abone kaydedildiğini açıkladı.

"Market sütünden pahalı, biliyoruz," dedi Ağaoğlu. "Ama insanlar sütün hangi köyden geldiğini bilmek istiyor."

Yeni dönemde abonelere üç seçenek sunuluyor:

- her gün bir litre süt için aylık 450 lira;
- haftada üç gün teslimat için aylık 210 lira;
- süte ek olarak haftada bir kavanoz yoğurt için aylık 560 lira.

Kooperatifte 46 üretici aile bulunuyor. Dağıtım iki araçla, sabah 6 ile 9 arasında yapılıyor.

Emekli öğretmen Nurten Aksoy, dört yıldır abone olduğunu ve bırakmayı düşünmediğini söyledi.

"Kapıyı açınca şişeyi görmek günün en güzel anı," dedi.
"""),

dict(id="h6-tr-003", lang="tr", tpl="amp", section="Spor", date="2025-04-21", byline="Ceren Aydemir",
     title="Edirne Gençlik kadın voleybol takımı ilk kez Sultanlar Ligi'nde",
     caption="Edirne Gençlik oyuncuları maçın ardından sevinç yaşıyor.", credit="Fotoğraf: Kulüp arşivi",
     body="""
Edirne Gençlik Spor Kulübü kadın voleybol takımı, play-off finalinde Manisa Yıldızları'nı 3-1 yenerek kulüp tarihinde ilk kez Sultanlar Ligi'ne yükseldi.

Edirne Spor Salonu'ndaki maçı 2 bin 400 seyirci izledi. Salonun kapıları, maç başlamadan bir saat önce kapasite dolduğu için kapatıldı.

İlk seti 25-21 kaybeden Edirne ekibi, oyuna pasör Elif Sarıgül'ün girmesiyle toparlandı.

Takip eden üç seti 25-19, 25-22 ve 25-17 alan ev sahibi, maçı sahada sevinç gösterileriyle tamamladı.

Maçın en skorer oyuncusu 24 sayıyla kaptan Gizem Altunay oldu. Altunay, sezon başında kimsenin takımı favori göstermediğini hatırlattı.

"Bize küme düşer dediler," dedi Altunay. "Şimdi en üst ligdeyiz."

Kulübün bütçesi, ligdeki rakiplerin çoğunun beşte biri kadar. Oyunculardan altısı Edirne'de doğup büyüdü, üçü hâlâ üniversitede okuyor.

Başantrenör Levent Koçak, Sultanlar Ligi için kadroyu güçlendirmeleri gerektiğini söyledi. Kulüp, yeni sezon öncesinde şu adımları atmayı planlıyor:

- iki yabancı oyuncu transferi;
- salonun seyirci kapasitesinin 3 bin kişiye çıkarılması;
- altyapıda 12 yaş altı takımının kurulması.

Belediye, takıma yeni sezonda ek destek sağlayacağını açıkladı.

"Bu şehir bu akşamı unutmayacak."
"""),

dict(id="h6-de-001", lang="de", tpl="typo3", section="Stadtwerke", date="2025-03-18", byline="Katrin Oltmanns",
     title="Stadtwerke dürfen Smart-Meter nur mit Einwilligung viertelstündlich auslesen",
     sub="Rund 4.000 Haushalte in Nienhagen bekommen in diesem Jahr einen digitalen Stromzähler.",
     caption="Ein Techniker der Stadtwerke baut einen digitalen Stromzähler ein.", credit="Foto: Jörg Wiebusch",
     body="""
Die Stadtwerke Nienhagen dürfen die neuen digitalen Stromzähler nur dann alle 15 Minuten auslesen, wenn die Kundinnen und Kunden ausdrücklich einwilligen. Das hat die Landesbeauftragte für den Datenschutz nach einer Prüfung entschieden.

In diesem Jahr sollen rund 4.000 Haushalte in der Stadt ein sogenanntes intelligentes Messsystem bekommen. Die Stadtwerke hatten in einem Anschreiben angekündigt, die Verbrauchswerte künftig im Viertelstundentakt zu übertragen.

## Was die Daten verraten

Aus so fein aufgelösten Werten lasse sich ablesen, wann jemand aufsteht, kocht oder in den Urlaub fährt, heißt es in der Stellungnahme der Behörde. Ohne Einwilligung dürfen die Stadtwerke deshalb nur einmal im Monat einen Zählerstand abrufen.

Die Einwilligung muss freiwillig sein und kann jederzeit widerrufen werden. Wer sie nicht erteilt, darf keinen höheren Preis zahlen.

Die Stadtwerke haben ihr Anschreiben inzwischen geändert. Kundinnen und Kunden können künftig wählen:

- eine monatliche Ablesung, wie bisher;
- eine tägliche Übertragung des Tagesverbrauchs;
- eine Übertragung alle 15 Minuten, etwa für einen dynamischen Stromtarif.

„Wir wollten niemanden überrumpeln“, sagte Stadtwerke-Geschäftsführer Henning Brake. Man habe die Formulierung im ersten Schreiben „zu knapp gewählt“.

## Verbraucherzentrale begrüßt Klarstellung

Die Verbraucherzentrale in Nienhagen begrüßte die Entscheidung. Beraterin Silke Marten sagte, viele Ratsuchende hätten geglaubt, sie müssten der Viertelstundenmessung zustimmen, um überhaupt einen neuen Zähler zu bekommen.

„Das stimmt nicht“, sagte Marten.

Der Einbau der Zähler beginnt im April im Ortsteil Lindhorst.
"""),

dict(id="h6-de-002", lang="de", tpl="typo3", section="Kultur", date="2024-11-26", byline="Tobias Reinholz",
     title="Stadtbücherei Bad Selten führt Jahresgebühr von 18 Euro ein",
     sub="Kinder, Jugendliche und Menschen mit Sozialpass bleiben befreit.",
     caption="Die Stadtbücherei im ehemaligen Amtsgericht.", credit="Foto: Stadt Bad Selten",
     body="""
Wer in der Stadtbücherei Bad Selten Bücher ausleihen will, muss vom kommenden Jahr an eine Jahresgebühr von 18 Euro zahlen. Das hat der Kulturausschuss am Montagabend mit knapper Mehrheit beschlossen.

Bisher war die Ausleihe für Erwachsene kostenlos. Die Stadt erhofft sich von der Gebühr Einnahmen von rund 40.000 Euro im Jahr.

Kinder und Jugendliche unter 18 Jahren, Studierende sowie Inhaberinnen und Inhaber des Sozialpasses bleiben von der Gebühr befreit. Für Familien gibt es ein gemeinsames Jahresabo für 25 Euro.

## Streit im Ausschuss

Die Entscheidung fiel mit sechs zu fünf Stimmen. Kämmerer Ulrich Pfahl verwies auf das Defizit im Haushalt: Ohne neue Einnahmen müsse die Bücherei an einem Tag in der Woche schließen.

Lesen dürfe kein Luxus werden, hielt Ausschussmitglied Jana Dörrfeld dagegen. Sie fürchtet, dass vor allem ältere Menschen mit kleiner Rente wegbleiben.

„Achtzehn Euro klingen nach wenig. Für manche sind sie es nicht“, sagte Dörrfeld.

Büchereileiterin Marion Haack sagte, sie verstehe beide Seiten. In vergleichbaren Städten sei die Zahl der Nutzerinnen und Nutzer nach Einführung einer Gebühr zunächst um etwa ein Zehntel gesunken, habe sich aber nach zwei Jahren erholt.

Die Bücherei zählte im vergangenen Jahr knapp 3.100 aktive Leserinnen und Leser und 142.000 Ausleihen.

Ein Förderverein will nun Patenschaften vermitteln: Wer mag, kann die Gebühr für jemanden übernehmen, der sie sich nicht leisten kann.

Die Gebühr gilt ab dem 1. Januar.
"""),

dict(id="h6-de-003", lang="de", tpl="ghost", site="Platt un Plietsch", section="Podcast", date="2025-01-30",
     byline="Gesa Bruns",
     title="Folge 50: Warum „Schietwedder“ nicht einfach schlechtes Wetter ist",
     caption="Aufnahme der 50. Folge in der Dorfkneipe in Wiefelstede.", credit="Foto: Hauke Bruns",
     body="""
Vor zwei Jahren haben mein Bruder Hauke und ich die erste Folge dieses Podcasts aufgenommen, an einem Küchentisch, mit einem Mikrofon, das eigentlich für Videokonferenzen gedacht war. Jetzt gibt es die fünfzigste.

Für die Jubiläumsfolge haben wir uns ein Wort vorgenommen, das alle zu kennen glauben: Schietwedder.

## Mehr als Regen

Im Hochdeutschen wird daraus meist „schlechtes Wetter“. Das trifft es nicht. Schietwedder ist ein Wetter, bei dem man trotzdem rausgeht, weil das Vieh gefüttert werden muss oder der Bus nicht wartet. Es ist ein Wetter, über das man schimpft, aber nicht jammert.

Das sagt jedenfalls Heinrich Lübben, 87, unser Gast in dieser Folge. Er hat 40 Jahre lang Wörter für das Wörterbuch der Oldenburger Mundart gesammelt.

„Wer Schietwedder sagt, der lächelt dabei ein bisschen“, sagt er.

Hören kann man die Folge wie immer überall, wo es Podcasts gibt, und hier im Blog. Aufgenommen haben wir diesmal vor Publikum, in der Dorfkneipe in Wiefelstede, mit 70 Gästen und einem Kachelofen, der zu heiß war.

## Was wir gelernt haben

Fünfzig Folgen, das sind ungefähr 40 Stunden Plattdeutsch. Am meisten überrascht hat uns, wer zuhört: Laut unserer Statistik sind fast die Hälfte der Hörerinnen und Hörer unter 35.

Viele schreiben uns, dass sie Platt von ihren Großeltern kennen, aber nie selbst gesprochen haben. Einige haben jetzt damit angefangen.

Das ist mehr, als wir uns am Küchentisch erhofft hatten.

Die nächste Folge erscheint am 13. Februar.
"""),

dict(id="h6-fr-001", lang="fr", tpl="quintype", section="Faits divers", date="2025-02-17", byline="Léa Bastide",
     title="Deux randonneurs secourus après une nuit bloqués dans les gorges du Tarnon",
     sub="Surpris par la nuit et la montée des eaux, ils avaient trouvé refuge sur une vire rocheuse.",
     caption="L'hélicoptère de la sécurité civile au-dessus des gorges du Tarnon.", credit="Photo : Sécurité civile",
     body="""
Deux randonneurs de 27 et 31 ans ont été hélitreuillés dimanche matin dans les gorges du Tarnon, après avoir passé la nuit sur une vire rocheuse, à une quarantaine de mètres au-dessus de la rivière.

Partis samedi en fin de matinée de Vébron, les deux amis, originaires de Montpellier, avaient prévu une boucle de six heures. Retardés par un passage glissant, ils ont été surpris par la nuit et par la montée rapide du Tarnon après les pluies de la veille.

Vers 19 heures, l'un d'eux a réussi à joindre les secours avec son téléphone, malgré une couverture réseau très faible.

Pendant toute la nuit, les randonneurs sont restés en contact avec le peloton de gendarmerie de haute montagne, par messages courts, pour économiser la batterie.

« On leur a demandé de ne surtout pas bouger », explique le capitaine Rémi Vidal, qui a coordonné l'opération. « Descendre de nuit dans ces conditions aurait été la pire des idées. »

L'hélicoptère de la sécurité civile n'a pu décoller qu'au lever du jour, en raison du brouillard. Les deux hommes, en légère hypothermie, ont été conduits à l'hôpital de Mende, d'où ils sont ressortis dans l'après-midi.

Les secours rappellent quelques règles avant de partir en randonnée en hiver : vérifier la météo et le niveau des cours d'eau, prévenir un proche de son itinéraire et emporter une couverture de survie.

Les deux randonneurs en avaient une.

« Elle nous a sauvé la nuit », a confié l'un d'eux.
"""),

dict(id="h6-fr-002", lang="fr", tpl="typo3", section="Culture", date="2025-06-10", byline="Aurélie Castan",
     title="L'Orchestre des Causses dévoile une saison à petits prix pour conquérir de nouveaux publics",
     sub="L'abonnement à cinq concerts passe à 60 euros pour les moins de 30 ans.",
     caption="Répétition de l'Orchestre des Causses au théâtre de Millau.", credit="Photo : Orchestre des Causses",
     body="""
L'Orchestre des Causses a présenté mardi sa saison 2025-2026, avec une nouveauté qui devrait faire parler : l'abonnement à cinq concerts est ramené à 60 euros pour les moins de 30 ans, contre 120 euros au tarif plein.

La formation, qui compte 38 musiciens permanents, donnera 24 concerts entre octobre et juin, à Millau, Rodez et Saint-Affrique, mais aussi dans des salles des fêtes de villages qui n'ont jamais accueilli d'orchestre.

« Nous jouons trop souvent pour les mêmes personnes », reconnaît le directeur musical, Étienne Roquefeuil. « Elles sont fidèles et nous les aimons, mais elles ne rajeunissent pas. »

## Les répétitions ouvertes au public

Écouter un orchestre travailler, s'arrêter, reprendre une mesure dix fois : c'est ce que propose l'autre nouveauté de la saison. Six répétitions seront ouvertes gratuitement au public, sur simple inscription.

La saison s'articule autour de trois temps forts :

- un cycle Beethoven, avec les neuf symphonies jouées sur deux saisons ;
- une création du compositeur aveyronnais Julien Caussanel, en mars ;
- un concert en plein air sur le viaduc, en juin, si la préfecture donne son accord.

Le conseil départemental, principal financeur, maintient sa subvention de 1,4 million d'euros. La billetterie représente environ un cinquième du budget.

L'an dernier, l'orchestre comptait 1 150 abonnés. Il espère en gagner 300 grâce au nouveau tarif.

Les abonnements sont en vente depuis mercredi à la billetterie du théâtre de Millau et sur le site de l'orchestre.
"""),

dict(id="h6-fr-003", lang="fr", tpl="legacy-br", section="Société", date="2024-12-04", byline="Bernard Fabrègue",
     title="Saint-Jory-du-Lac défend son slogan face à une marque de confitures",
     caption="Le panneau d'entrée de Saint-Jory-du-Lac.", credit="Photo : Vallée d'Azergues Info",
     body="""
Depuis 1994, un panneau accueille les visiteurs à l'entrée de Saint-Jory-du-Lac avec cette phrase : « Ici, le temps prend son temps ». La commune de 640 habitants découvre aujourd'hui qu'elle n'a plus le droit de l'utiliser sur ses affiches.

Une entreprise de confitures artisanales installée dans la Drôme a déposé le slogan comme marque à l'Institut national de la propriété industrielle en 2021, pour ses pots et ses publicités. En octobre, elle a adressé un courrier à la mairie lui demandant de retirer la phrase de ses dépliants touristiques.

« On a cru à une blague », raconte le maire, Gérard Pélissier. « Cette phrase, c'est mon prédécesseur qui l'a écrite sur un coin de nappe, pendant un repas du comité des fêtes. »

La commune a saisi un avocat et demandé l'annulation de la marque, en faisant valoir que le slogan était utilisé publiquement depuis trente ans.

Le gérant de l'entreprise, Thibault Marchal, assure être de bonne foi. Il affirme n'avoir jamais entendu parler du village avant de recevoir la réponse de la mairie.

« Nous avons vérifié que la marque était libre. Elle l'était », dit-il.

Les habitants, eux, ont choisi leur camp. Une cinquantaine d'entre eux ont peint le slogan sur des draps accrochés aux balcons, et une pétition en ligne a recueilli plus de 8 000 signatures.

L'INPI devrait se prononcer au printemps.

D'ici là, le panneau reste en place.
"""),

dict(id="h6-es-001", lang="es", tpl="quintype", section="Economía", date="2025-03-25", byline="Rocío Baeza",
     title="La cofradía de Punta Umbría vende su pescado por suscripción: 25 euros a la semana",
     sub="Más de 600 familias reciben cada viernes una caja con la captura del día.",
     caption="Preparación de las cajas en la lonja de Punta Umbría.", credit="Foto: Cofradía de Pescadores de Punta Umbría",
     body="""
La Cofradía de Pescadores de Punta Umbría ha encontrado una forma de cobrar más por su pescado sin subir los precios en la lonja: venderlo directamente a las familias, por suscripción.

Desde el pasado octubre, más de 600 hogares de la provincia pagan 25 euros a la semana por una caja de unos dos kilos con lo que los barcos hayan traído ese día. La caja se recoge los viernes en la lonja o en cuatro puntos de reparto.

El contenido cambia cada semana. Puede haber acedías, choco, sardinas o, con suerte, algo de lenguado.

«Al principio la gente preguntaba qué le iba a tocar», cuenta la patrona mayor de la cofradía, Inmaculada Rebollo. «Ahora lo que preguntan es cómo se cocina lo que les ha tocado».

## Más margen para los barcos

Con la venta en la lonja, un pescador recibe a menudo menos de la mitad de lo que paga el cliente final. Con la suscripción, según la cofradía, se queda con cerca del 70 %.

Seguir faenando como hasta ahora no era una opción para muchas de las 23 embarcaciones del puerto, explica Rebollo, por el precio del gasóleo y la competencia del pescado importado.

La suscripción tiene tres modalidades:

- caja pequeña, de un kilo, por 14 euros;
- caja familiar, de dos kilos, por 25 euros;
- caja familiar limpia y fileteada, por 31 euros.

Los suscriptores pueden darse de baja cuando quieran, con una semana de aviso.

La cofradía ha contratado a dos personas para preparar las cajas y estudia ampliar el reparto a Sevilla.
"""),

dict(id="h6-es-002", lang="es", tpl="wordpress", section="Sucesos", date="2025-01-13", byline="Álvaro Quintanilla",
     title="Rescatados tres senderistas perdidos en la niebla en la sierra de Aracena",
     caption="Efectivos del grupo de rescate durante la búsqueda.", credit="Foto: Bomberos de la Diputación",
     body="""
Tres senderistas de Sevilla, de 45, 48 y 52 años, fueron rescatados en la madrugada del domingo en la sierra de Aracena, después de pasar más de diez horas perdidos por la niebla en una zona de monte cerrado.

El grupo había salido el sábado a mediodía desde Linares de la Sierra para hacer una ruta circular de unos 14 kilómetros. Hacia las cinco de la tarde, la niebla les hizo perder el sendero.

Uno de ellos llamó al 112 a las 18.40. A partir de ese momento, el centro de emergencias estuvo en contacto con el grupo cada media hora, pidiéndoles que ahorraran batería y que no se movieran del lugar.

En la búsqueda participaron:

- una dotación de bomberos de la Diputación de Huelva;
- agentes de la Guardia Civil con dos perros de rescate;
- voluntarios de Protección Civil de Aracena.

Los localizaron a las 3.15, en una ladera a unos dos kilómetros del camino, gracias a la linterna de uno de los teléfonos.

«Estaban empapados y muy cansados, pero tranquilos», explicó el sargento de bomberos Manuel Cerrato. «Hicieron lo más importante: quedarse quietos».

Los tres fueron atendidos en el centro de salud de Aracena y recibieron el alta a primera hora de la mañana.

Cerrato recordó que en invierno la niebla puede bajar en cuestión de minutos en la sierra y recomendó descargar el mapa de la ruta en el móvil antes de salir.

«Volveremos, pero en primavera», dijo uno de los senderistas.
"""),

dict(id="h6-es-003", lang="es", tpl="nextjs", section="Ciencia", date="2025-04-30", byline="Marta Ilundain", low=1,
     title="El polen atrapado en una laguna de Gredos revela 9.000 años de incendios",
     caption="Extracción de un testigo de sedimento en la laguna del Barco.", credit="Foto: Instituto de Ecología de Montaña",
     body="""
Un equipo de investigadores ha reconstruido la historia de los incendios en la sierra de Gredos durante los últimos 9.000 años a partir del polen y el carbón acumulados en el fondo de una laguna de alta montaña.

Los científicos, del Instituto de Ecología de Montaña, extrajeron en 2023 un cilindro de sedimento de casi cinco metros de la laguna del Barco, a 1.800 metros de altitud. Cada centímetro del barro corresponde, de media, a unos 20 años.

Al analizar las capas, encontraron granos de polen de pinos, robles, brezos y gramíneas, además de pequeñas partículas de carbón que delatan los incendios de cada época.

Los resultados muestran que el fuego siempre ha formado parte del paisaje de Gredos, pero que su frecuencia cambió con la llegada de la ganadería, hace unos 5.000 años, cuando los pastores empezaron a quemar el monte para abrir pastos.

«Durante milenios, la gente y el fuego han convivido en esta sierra», explica la directora del estudio, Lucía Barrenechea. «La diferencia es que antes se quemaba poco y a menudo, y ahora se quema mucho y de golpe».

Según los autores, el abandono de los pastos en el último siglo ha dejado más matorral seco en las laderas, lo que favorece grandes incendios.

El trabajo se ha publicado en la revista Quaternary Mountain Research.

El equipo quiere repetir el análisis en otras cuatro lagunas de la sierra.
"""),

dict(id="h6-ru-001", lang="ru", tpl="bitrix", site="Степной край", section="Образование", date="2025-02-19",
     byline="Екатерина Шульгина",
     title="Трансляцию из детских садов Степногорска разрешат смотреть только с согласия всех родителей группы",
     caption="Камера в игровой комнате детского сада № 14.", credit="Фото: управление образования",
     body="""
Управление образования Степногорска изменило правила онлайн-трансляций из детских садов: теперь видео из группы можно будет смотреть, только если письменное согласие дали родители всех детей этой группы.

Камеры в игровых комнатах появились в 11 городских садах в 2023 году. Родители могли через приложение в любой момент посмотреть, чем занят их ребёнок.

Поводом для изменений стала жалоба отца одного из воспитанников сада № 14. Он обратился в прокуратуру, указав, что его сына видят десятки чужих людей, а согласия на это у него никто не спрашивал.

Прокуратура признала, что изображение ребёнка относится к персональным данным и без согласия законного представителя распространять его нельзя.

«Мы исходили из того, что камеры всем нравятся. Оказалось, не всем», — признала начальник управления образования Ирина Белоусова.

По новым правилам:

- согласие оформляется отдельным документом, а не пунктом в договоре;
- отказаться от трансляции можно в любой момент;
- если хотя бы один родитель против, трансляция в группе отключается.

Часть родителей новые правила расстроили. В родительских чатах уже обсуждают, как уговорить несогласных.

«Давить на людей никто не будет», — пообещала Белоусова.

Записи с камер по-прежнему будут храниться 30 дней и использоваться только для проверки жалоб.
"""),

dict(id="h6-ru-002", lang="ru", tpl="bitrix", section="Культура", date="2025-05-27", byline="Андрей Миронов",
     title="В Заречном запустили аудиоэкскурсию по старому купеческому кварталу",
     caption="Дом купца Шапошникова на улице Кирова.", credit="Фото: Андрей Миронов",
     body="""
В Заречном появилась бесплатная аудиоэкскурсия по старому купеческому кварталу. Маршрут длиной около двух километров проходит мимо 17 домов XIX — начала XX века.

Текст экскурсии написали сотрудники краеведческого музея, а озвучили школьники из городского театрального кружка. На подготовку ушло полгода.

Слушать экскурсию можно со смартфона: у каждого дома установлена табличка с QR-кодом, который открывает нужный фрагмент. Каждый рассказ длится от двух до четырёх минут.

«Мы хотели, чтобы по городу можно было гулять без экскурсовода и без расписания», — объясняет директор музея Галина Рябова.

Больше всего историй связано с домом купца Шапошникова на улице Кирова. В нём в разные годы размещались торговая контора, госпиталь, школа и общежитие. Сейчас здание пустует.

Рябова надеется, что экскурсия привлечёт к нему внимание.

«Если о доме рассказывают, его труднее снести».

Проект обошёлся в 340 тысяч рублей, которые музей получил по грантовой программе области. Часть денег ушла на таблички, часть — на запись в профессиональной студии.

В музее собираются подготовить ещё два маршрута: по набережной и по территории бывшего льнозавода.
"""),

dict(id="h6-ru-003", lang="ru", tpl="cms", section="Спорт", date="2025-03-03", byline="Илья Сорокин",
     title="Лыжный марафон «Заречная сотня» собрал рекордные 2400 участников",
     caption="Старт основной дистанции марафона.", credit="Фото: оргкомитет марафона",
     body="""
Лыжный марафон «Заречная сотня» в этом году собрал рекордные 2400 участников из 38 регионов. Основную дистанцию в 50 километров выиграли Павел Ерёмин и Дарья Колесникова.

Ерёмин финишировал через 2 часа 6 минут после старта, опередив ближайшего соперника на 11 секунд. Колесникова показала время 2 часа 21 минута.

Из-за оттепели накануне трассу пришлось готовить всю ночь. Снег подвезли с соседнего полигона на 40 грузовиках.

«Я на этой трассе в пятый раз, и первый раз она была лучше, чем в прогнозе», — пошутил Ерёмин после финиша.

Кроме основной дистанции, участникам предложили:

- детскую гонку на 3 километра;
- семейную эстафету;
- 10 километров для любителей без учёта времени.

Самому старшему участнику, Виктору Лаптеву, исполнилось 84 года. Он прошёл 10 километров за час с небольшим.

На трассе работали 12 медицинских постов. Врачи всё время были на связи с судьями на дистанции, но серьёзной помощи никому не понадобилось.

Организаторы подсчитали, что гости марафона заняли все гостиницы города и ближайших сёл.

«Ради такого стоило не спать ночь», — сказал директор гонки Олег Шмаков.
"""),
]
