# Turkish, German, French, Spanish and Russian stories for the hundred-and-eighth held-out part (h108-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and fields as in articles_h108_en.py.
ARTICLES = [
dict(id="h108-tr-001", lang="tr", tpl="neos", site="Kirazpınar Bugün",
     section="Asayiş", date="2026-02-17", byline="Gülşen Aydemir",
     title="Sahte doğalgaz görevlileri yaşlıları hedef alıyor",
     sub="", caption="Yalınçayır Mahallesi'nde apartman girişleri.", credit="Fotoğraf: Gülşen Aydemir",
     carry=["doorchains"], run_in=["doorchains"],
     look=[("highlight", "Kirazpınar'da son iki haftada")],
     body="""
Kirazpınar'da son iki haftada en az altı yaşlı, kendilerini doğalgaz şirketinin görevlisi olarak tanıtan kişiler tarafından dolandırıldı. İlçe emniyet müdürlüğü vatandaşları kapıyı açmadan önce kimlik sormaya çağırdı.

Olayların çoğu Yalınçayır ve Kuşluca mahallelerinde yaşandı. Lacivert yelek giyen iki kişi, sayaçta kaçak olduğunu söyleyerek evlere giriyor, \u201cacil onarım\u201d bedeli olarak nakit para istiyor. Bir vatandaş 18 bin lira ödediğini söyledi.

Doğalgaz dağıtım şirketi, görevlilerinin hiçbir zaman kapıda para almadığını, onarım ücretlerinin yalnızca faturaya yansıtıldığını açıkladı.

Kuşluca'da oturan 79 yaşındaki Hatice Karakaya, kapıyı açmadan önce oğlunu aradığı için kurtulduğunu anlatıyor.

\u201cÇok kibarlardı, ellerinde kâğıtlar vardı,\u201d diyor. \u201cOğlum 'anne sakın açma' dedi, onlar da beklemeden gittiler.\u201d

Emniyet, şüphelilerin beyaz bir hafif ticari araç kullandığını, araç plakasını gören ya da güvenlik kamerasında görüntüsü bulunan herkesin 155'i aramasını istedi.

Mahalle muhtarları da camilerde ve kahvehanelerde uyarı yapıyor. Yalınçayır muhtarı Sabri Öztürk, yalnız yaşayan yaşlıların listesini çıkardıklarını ve gençlerle birlikte tek tek kapılarını çaldıklarını söyledi.

Belediye, risk altındaki haneler için ücretsiz kapı zinciri ve kapı dürbünü dağıtacak.
"""),

dict(id="h108-tr-002", lang="tr", tpl="duda", site="Yalınçayır Gazetesi",
     section="Portre", date="2026-04-08", byline="Mehmet Kuzucu", low=0,
     title="Elli yıllık saatçi Rıfat Usta tezgâhını kapatıyor",
     sub="", caption="Rıfat Demirel, çarşıdaki dükkânında.", credit="Fotoğraf: Yalınçayır Gazetesi",
     look=[("bold", "Saat tamirine kaç yaşında başladınız?"), ("bold", "Şimdi kim saat tamir ettiriyor?"),
           ("bold", "Tezgâhta en çok neyi özleyeceksiniz?"), ("bold", "Çarşıdaki dükkânın akıbeti ne olacak?")],
     body="""
Kirazpınar çarşısındaki küçük saatçi dükkânı, elli bir yıldır aynı tezgâhta çalışan Rıfat Demirel'in emekliliğiyle bu ay kapanıyor. Dükkânın duvarında hâlâ otuzdan fazla saat tıkırdıyor.

Saat tamirine kaç yaşında başladınız?

On iki yaşımdaydım. Babam beni okuldan sonra boş durmayayım diye Ermeni bir ustanın yanına çırak verdi. Üç yıl sadece vida saydım, ancak ondan sonra bir saatin içini açmama izin verdi.

Şimdi kim saat tamir ettiriyor?

Eskiden herkes. Düğünde takılan saat, askere giderken verilen saat, babadan kalan cep saati. Şimdi daha çok dedesinin saatini getiren gençler geliyor. Çalışsın istiyorlar ama asıl istedikleri, o saatin hikâyesini birine anlatmak.

Tezgâhta en çok neyi özleyeceksiniz?

Sabahları kepengi açınca bütün saatlerin aynı anda çalması. Kırk yıldır öyle. Komşular da alıştı, \u201cRıfat Usta açtı, saat dokuz\u201d derler.

Çarşıdaki dükkânın akıbeti ne olacak?

Kiracıya kalmış. Ben aletlerimi torunuma verdim, o da makine mühendisliği okuyor. Belki bir gün merak eder.

Rıfat Usta'nın dükkânı ay sonuna kadar hafta içi 09.00 ile 18.00 arasında açık. Teslim alınmamış saatlerin sahipleri de bu tarihe kadar uğramalı.
"""),

dict(id="h108-tr-003", lang="tr", tpl="aem", site="Kirazpınar TV",
     section="Kirazpınar haberleri", date="2026-01-27", byline="Zeynep Ocakoğlu",
     title="Halk kütüphanesi elektrik ölçer ödünç vermeye başladı",
     sub="", caption="Kütüphane görevlisi Aslı Tekin ödünç setleriyle.", credit="Fotoğraf: Zeynep Ocakoğlu",
     carry=["energymonitors"],
     body="""
Kirazpınar İlçe Halk Kütüphanesi, kitapların yanında artık prize takılan küçük elektrik ölçerleri de ödünç veriyor. Cihaz, buzdolabından çamaşır makinesine kadar bir ev aletinin ne kadar elektrik harcadığını ve bunun kaç liraya geldiğini gösteriyor.

Kış aylarında gelen yüksek faturalar sonrası başlatılan uygulamaya ilk haftada 60'tan fazla kişi başvurdu. Kütüphanede şimdilik 25 cihaz bulunuyor, bekleme listesi ise uzuyor.

Kütüphane görevlisi Aslı Tekin, en çok şaşıranların eski buzdolabı ve elektrikli ısıtıcı kullananlar olduğunu söylüyor.

\u201cBir teyzemiz, mutfaktaki küçük ısıtıcının ayda ne kadar yaktığını görünce hemen fişten çekti,\u201d diyor. \u201cİnsanlar faturayı görüyor ama hangi aletin ne kadar harcadığını bilmiyor.\u201d

Projeyi belediye ve bir enerji kooperatifi birlikte yürütüyor. Kooperatif gönüllüleri ayda iki kez kütüphanede, cihazı kullanan vatandaşlara sonuçları yorumlamada yardım ediyor ve tasarruf önerileri veriyor.

Cihazı almak için kütüphane üyeliği yeterli, ayrıca bir ücret ödenmiyor. Üye olmayanlar nüfus cüzdanlarıyla aynı gün üye olabiliyor.

Kütüphane hafta içi 08.30 ile 19.00 arasında, cumartesi günleri ise 10.00 ile 16.00 arasında açık.
"""),

dict(id="h108-de-001", lang="de", tpl="pugpig", site="Hallbacher Kurier",
     section="Polizei", date="2026-10-06", byline="Jonas Wetterich",
     title="Fahrraddiebe schlagen am Bahnhof Hallbach fast täglich zu",
     sub="", caption="Die Fahrradständer an der Westseite des Bahnhofs Hallbach.", credit="Foto: Jonas Wetterich",
     body_caption="Ein zurückgelassenes Hinterrad an einem Bügel der Abstellanlage.",
     carry=["bikelocks"], run_in=["bikelocks"],
     look=[("italic", "\u201eIch habe das Rad drei Wochen gehabt")],
     body="""
Am Bahnhof Hallbach an der Urse werden so viele Fahrräder gestohlen wie seit Jahren nicht mehr. Seit Anfang August hat die Polizei dort 48 Diebstähle aufgenommen, fast jeden Tag einen.

Betroffen sind vor allem Pendlerinnen und Pendler, die morgens mit dem Rad zum Zug fahren und erst abends zurückkommen. Die Täter schneiden nach Angaben der Polizei dünne Kabel- und Spiralschlösser in wenigen Sekunden durch, oft am helllichten Tag.

\u201eIch habe das Rad drei Wochen gehabt\u201c, sagt die Studentin Lea Brandstätter aus Kranzfeld. \u201eAbends hing nur noch mein Schloss am Bügel, sauber durchgezwickt.\u201c

Die Stadt will im kommenden Jahr ein abschließbares Fahrradparkhaus mit 120 Plätzen an der Westseite des Bahnhofs bauen. Bis dahin soll ein privater Sicherheitsdienst abends Streife gehen.

Polizeihauptkommissar Bernd Gallmeier rät, Räder mit einem massiven Bügelschloss am Rahmen anzuschließen, die Rahmennummer zu notieren und das Rad codieren zu lassen.

\u201eEin gutes Schloss hält keinen Profi auf Dauer ab\u201c, sagt er. \u201eAber die meisten Diebe nehmen das Rad, das am schnellsten geht.\u201c

Hinweise nimmt die Polizeiinspektion Hallbach unter der Telefonnummer 06543 9120 entgegen.
"""),

dict(id="h108-de-002", lang="de", tpl="methode", site="Ursetal-Zeitung",
     section="Menschen", date="2026-06-02", byline="Franziska Lehnert",
     title="Nach 38 Jahren kehrt Niederweils Schornsteinfegerin zum letzten Mal",
     sub="", caption="Renate Hollweg auf dem Dach des Niederweiler Pfarrhauses.", credit="Foto: Franziska Lehnert",
     body_caption="Renate Hollwegs Werkzeug: Kehrbesen, Kugel und Leine.",
     look=[("bold", "Wie sind Sie zu dem Beruf gekommen?"), ("bold", "Was hat sich in 38 Jahren verändert?"),
           ("bold", "Und Glück bringen Sie wirklich?"), ("bold", "Was machen Sie ab Juli?")],
     body="""
Renate Hollweg war 1988 die erste Frau im Schornsteinfegerhandwerk im Ursetal. Ende Juni übergibt sie ihren Kehrbezirk Niederweil an einen Nachfolger. Ein Gespräch über Dächer, Ruß und Aberglauben.

Wie sind Sie zu dem Beruf gekommen?

Mein Vater war Dachdecker, ich war als Kind schon auf jedem Gerüst. Als ich sagte, ich will Schornsteinfegerin werden, hat der Meister in Hallbach erst gelacht und mich dann doch genommen. Er hat es nicht bereut, hat er später gesagt.

Was hat sich in 38 Jahren verändert?

Früher habe ich vor allem gekehrt, heute messe ich. Abgaswerte, Kohlenmonoxid, Feinstaub aus den Kaminöfen. Ich bin mehr Prüferin als Kehrerin. Den Zylinder trage ich nur noch zu Hochzeiten.

Und Glück bringen Sie wirklich?

Die Leute glauben es jedenfalls. Ich bin in 38 Jahren bestimmt tausendmal an den Knopf gefasst worden. Einmal hat mich eine Braut vor dem Standesamt regelrecht verfolgt.

Was machen Sie ab Juli?

Zuerst den Garten. Dann will ich mit meinem Mann die Urse entlang bis zur Mündung radeln, das haben wir uns seit Jahren versprochen.

Die Gemeinde Niederweil verabschiedet Renate Hollweg am Freitag, 26. Juni, um 18 Uhr im Bürgerhaus. Alle sind eingeladen.
"""),

dict(id="h108-de-003", lang="de", tpl="xenforo", site="Kranzfelder Dorfforum",
     section="Aus dem Dorf", date="2026-11-24", byline="Kranzfelder Dorfforum",
     title="Neues Dach für das Vereinsheim: Helfer für Samstag gesucht",
     sub="", caption="Das Vereinsheim am Sportplatz Kranzfeld.", credit="Foto: Kranzfelder Dorfforum",
     body="""
Nach dem Sturm im Oktober ist es nun amtlich: Das Dach des Vereinsheims am Sportplatz muss komplett neu gedeckt werden. Der Gutachter der Versicherung war am Dienstag da und hat bestätigt, dass mehrere Sparren morsch sind.

Die Versicherung übernimmt den Sturmschaden, aber nicht die alten Sparren. Der Sportverein und der Heimatverein teilen sich die Kosten von rund 23.000 Euro, die Gemeinde hat einen Zuschuss von 5.000 Euro zugesagt.

**So soll es ablaufen**

Damit es bezahlbar bleibt, machen wir so viel wie möglich selbst. Die Zimmerei Bachmann aus Niederweil übernimmt das Tragwerk, alles andere erledigen Freiwillige.

- Samstag ab 8 Uhr: alte Ziegel abdecken und auf den Hänger laden
- Samstag ab 13 Uhr: Dachlatten und Folie abräumen
- Sonntag: Aufräumen rund um das Heim und am Sportplatz

Wer mithelfen will, bringt bitte Arbeitshandschuhe und festes Schuhwerk mit. Auf das Dach gehen nur Leute mit Erfahrung, alle anderen werden unten beim Tragen und Sortieren gebraucht.

Für Essen ist gesorgt: Die Landfrauen machen mittags Erbsensuppe, und am Abend wird gegrillt.

Die alten Biberschwanzziegel, soweit sie heil sind, geben wir gegen eine Spende an den Verein ab. Wer welche für den Schuppen oder den Garten braucht, meldet sich bei Horst Seibold.

Treffpunkt ist am Samstag um 7.45 Uhr am Vereinsheim.
"""),

dict(id="h108-fr-001", lang="fr", tpl="hubspot", site="L'Éco de la Dorve",
     section="Entreprises", date="2026-03-18", byline="Mathilde Verchère",
     author_role="Journaliste économie", hs_tags=["Commerce", "Artisanat"],
     title="À Montlieu, un atelier de réparation de vélos embauche deux apprentis",
     sub="", caption="Yanis Belkacem dans son atelier de la rue des Tanneurs.", credit="Photo : Mathilde Verchère",
     look=[("box", "L'atelier en chiffres")],
     body="""
Ouvert il y a trois ans dans un ancien garage de la rue des Tanneurs, à Montlieu-sur-Dorve, l'atelier Roue Libre recrute deux apprentis mécaniciens pour la rentrée de septembre.

Son fondateur, Yanis Belkacem, ancien coursier à vélo, ne s'attendait pas à un tel succès. Il répare aujourd'hui une trentaine de vélos par semaine, dont de plus en plus de vélos électriques.

\u00ab Les gens gardent leur vélo plus longtemps et veulent le faire réparer plutôt que d'en racheter un \u00bb, explique-t-il. \u00ab Et avec le prix de l'essence, beaucoup de salariés de la zone des Graves viennent maintenant au travail à vélo. \u00bb

L'atelier vend aussi des vélos d'occasion remis en état, récupérés auprès de la déchetterie et de particuliers.

## L'atelier en chiffres

Trois salariés, 1 400 réparations en 2025, un chiffre d'affaires de 186 000 euros et un délai d'attente moyen de quatre jours pour une révision complète.

Les deux postes d'apprentis, en alternance avec le centre de formation de Vaucenne, sont ouverts aux jeunes de 16 à 25 ans. Aucune expérience n'est exigée, seulement l'envie de travailler de ses mains.

Pour postuler, il suffit de passer à l'atelier avec un CV, du mardi au samedi de 9 heures à 18 heures.
"""),

dict(id="h108-fr-002", lang="fr", tpl="chorus", site="Montlieu Quartiers",
     section="Sécurité", date="2026-05-12", byline="Aurélien Castagné",
     title="Faux plombiers : une octogénaire des Graves délestée de 3 000 euros",
     sub="", caption="Une rue du quartier des Graves, à Montlieu-sur-Dorve.", credit="Photo : Aurélien Castagné",
     body_caption="Le commissariat de Montlieu, où la victime a porté plainte.",
     carry=["doorchains"],
     look=[("italic", "\u00ab Ils avaient l'air tellement sérieux")],
     body="""
Une habitante du quartier des Graves, à Montlieu-sur-Dorve, âgée de 84 ans, a remis 3 000 euros en liquide à deux hommes qui se présentaient comme des plombiers mandatés par la mairie, jeudi dernier.

Les deux hommes ont sonné en fin de matinée en expliquant qu'une fuite avait été détectée dans l'immeuble et qu'ils devaient vérifier les canalisations de chaque appartement. L'un d'eux a fait couler l'eau de la cuisine pendant que l'autre fouillait la chambre.

Avant de partir, ils ont réclamé un paiement immédiat pour une prétendue réparation, en assurant que la mairie rembourserait la somme.

\u00ab Ils avaient l'air tellement sérieux, avec leurs badges et leurs cahiers \u00bb, raconte sa fille. \u00ab Ma mère n'a rien osé dire. \u00bb

La mairie rappelle qu'elle n'envoie jamais d'agents chez les particuliers sans courrier préalable, et que ses services ne demandent jamais d'argent à domicile.

La police nationale a ouvert une enquête. Selon le commissariat, trois autres tentatives ont été signalées dans le quartier depuis le début du mois.

Les policiers conseillent de ne jamais laisser entrer un inconnu sans avoir vérifié son identité auprès de l'organisme qu'il dit représenter, et de prévenir un voisin ou un proche en cas de doute.

Toute personne ayant remarqué deux hommes en tenue de travail bleue dans le quartier jeudi matin peut contacter le commissariat au 17.
"""),

dict(id="h108-fr-003", lang="fr", tpl="craft", site="La Gazette de Montlieu",
     section="Écoles et jeunesse de la Dorve", date="2026-11-05", byline="Sandrine Quélennec",
     title="La cantine de Vaucenne cuisine désormais les légumes du plateau",
     sub="", caption="Le chef Loïc Armengaud dans la cuisine de l'école de Vaucenne.", credit="Photo : Sandrine Quélennec",
     caption2="Les enfants de CE2 au potager de l'école.", credit2="Photo : La Gazette de Montlieu",
     look=[("dropcap", "Depuis la Toussaint")],
     body="""
Depuis la Toussaint, les 190 élèves de l'école de Vaucenne mangent chaque midi des légumes cultivés à moins de quinze kilomètres de leur réfectoire.

La commune a signé un contrat avec quatre maraîchers du plateau, qui livrent deux fois par semaine carottes, poireaux, courges et pommes de terre. Le pain vient de la boulangerie du village et les yaourts d'une ferme de Saint-Aubin-des-Prés.

Le chef, Loïc Armengaud, a dû revoir toute son organisation. Il épluche désormais à la main ce qui arrivait autrefois découpé et surgelé.

\u00ab Je travaille une heure de plus chaque matin, mais je cuisine enfin \u00bb, résume-t-il.

Le menu de la semaine dernière donnait une idée du changement :

- velouté de potimarron et croûtons
- hachis parmentier aux carottes
- fromage blanc de la ferme et compote de pommes

Le surcoût, environ 40 centimes par repas, est pris en charge par la commune, sans hausse du prix payé par les familles.

Les parents d'élèves, qui réclamaient ce changement depuis plusieurs années, organisent une visite des exploitations partenaires avec les enfants au printemps.

Les familles qui souhaitent goûter le menu peuvent s'inscrire au repas ouvert du jeudi 20 novembre, auprès de la mairie de Vaucenne.
"""),

dict(id="h108-es-001", lang="es", tpl="notion", site="El Cerrillo al Día", kind="notion",
     section="Consumo", date="2026-02-03", byline="Irene Casabona",
     notion=dict(workspace="El Cerrillo al Día", subdomain="elcerrilloaldia", icon="\U0001F4A1"),
     title="La biblioteca de las cosas de Torrejuncal presta medidores de luz",
     sub="", caption="Los medidores preparados en el mostrador de la biblioteca.", credit="",
     tags=["factura de la luz", "Torrejuncal"],
     carry=["energymonitors"], run_in=["energymonitors"], widget_style=dict(energymonitors=2),
     look=[("bold", "La idea es sencilla."), ("italic", "\u201cMi nevera vieja gastaba")],
     body="""
La biblioteca de las cosas de Torrejuncal, que desde hace un año presta taladros, máquinas de coser y tiendas de campaña, ha añadido a su catálogo veinte medidores de consumo eléctrico.

La idea es sencilla.

El aparato se enchufa a la pared y el electrodoméstico al aparato. Una pequeña pantalla muestra cuánta energía consume en cada momento y cuánto cuesta al mes, con la tarifa que el usuario haya introducido.

La iniciativa surgió en una asamblea del barrio de El Cerrillo, donde varios vecinos se quejaron de facturas que se habían duplicado sin saber por qué.

\u201cMi nevera vieja gastaba casi lo mismo que todo lo demás junto\u201d, cuenta Amparo Redondo, jubilada, que fue de las primeras en probarlo. \u201cLa cambié por una de segunda mano y lo noto cada mes.\u201d

## Quién está detrás

La biblioteca la gestiona la asociación vecinal con voluntarios y un local cedido por el ayuntamiento en la antigua escuela. Los medidores los ha pagado una cooperativa de energía renovable de la comarca.

Los préstamos son gratuitos para cualquier vecino empadronado en Torrejuncal o Navalosa. Los voluntarios explican cómo usarlo y ayudan a interpretar los resultados.

La biblioteca abre los martes y jueves de 17.00 a 20.00 y los sábados de 10.00 a 13.00.
"""),

dict(id="h108-es-002", lang="es", tpl="beaverbuilder", site="Crónica de Torrejuncal",
     section="Tradiciones", date="2026-08-25", byline="Rafael Montesinos",
     title="Navalosa recupera la trashumancia por la cañada real",
     sub="", caption="El rebaño cruza el puente de Navalosa al amanecer.", credit="Foto: Rafael Montesinos",
     low=0,
     body="""
Más de 900 ovejas cruzaron el domingo el puente de piedra de Navalosa, camino de los pastos de invierno, por primera vez en casi cuarenta años.

La familia Barahona, que cría ganado en la sierra desde hace cuatro generaciones, ha decidido volver a mover el rebaño a pie por la cañada real en lugar de hacerlo en camiones. El recorrido, de unos 160 kilómetros, les llevará doce días.

## Una cañada que casi desaparece

Durante años, buena parte de la vía pecuaria quedó invadida por vallas, cultivos y hasta una nave industrial. La asociación de amigos de la cañada ha pasado tres años documentando el trazado y reclamando su limpieza a la junta.

Julián Barahona, de 61 años, recuerda haber hecho el camino de niño con su abuelo.

\u201cDormíamos en las majadas y comíamos lo que llevábamos en las alforjas\u201d, dice. \u201cAhora llevamos teléfono, pero el camino es el mismo.\u201d

Decenas de vecinos acompañaron al rebaño los primeros kilómetros, y el ayuntamiento repartió migas y vino en la plaza antes de la salida.

Los pastores calculan llegar a la dehesa de destino el 5 de septiembre. Quien quiera seguir el viaje puede hacerlo a través de las fotos que publica la asociación cada noche.
"""),

dict(id="h108-es-003", lang="es", tpl="polopoly", site="Diario de la Sierra",
     section="Sanidad", date="2026-04-21", byline="Lorena Escribano",
     title="El consultorio de El Cerrillo tendrá médico tres días por semana",
     sub="", caption="La fachada del consultorio médico de El Cerrillo.", credit="Foto: Lorena Escribano",
     body_caption="La sala de espera, reformada el año pasado.",
     body="""
El consultorio médico de El Cerrillo, que desde el otoño solo abría un día a la semana, volverá a tener médica los lunes, miércoles y viernes a partir del 4 de mayo.

La consejería de sanidad ha confirmado la incorporación de una médica de familia al centro de salud de Torrejuncal, que atenderá también los consultorios de los pueblos de alrededor.

Los vecinos llevaban meses reclamando más horas. En marzo, más de 300 personas firmaron una carta y un grupo de mayores se concentró cada jueves delante del consultorio.

**Lo que cambia en el consultorio**

El nuevo horario será el siguiente:

- lunes y miércoles, de 9.00 a 13.00
- viernes, de 9.00 a 11.30, con extracciones de sangre a primera hora
- la enfermera mantiene su consulta de los martes

Para pedir cita seguirá siendo necesario llamar al centro de salud de Torrejuncal o usar la aplicación de la consejería.

Felisa Gómez, de 83 años, fue una de las que salió cada jueves a la puerta.

\u201cNo pedíamos un hospital\u201d, dice. \u201cSolo que el médico no tenga que venir corriendo y marcharse.\u201d

El alcalde, Ángel Peinado, ha pedido que el refuerzo se mantenga también en verano, cuando la población del pueblo se triplica.
"""),

dict(id="h108-ru-001", lang="ru", tpl="dle", site="Ушминск.ру",
     section="Происшествия", date="2026-09-08", byline="Олег Пастухов",
     title="У общежитий техникума за неделю украли девять велосипедов",
     sub="", caption="Велосипедная стоянка у общежития на улице Заводской.", credit="Фото: Олег Пастухов",
     carry=["bikelocks"],
     body="""
С начала учебного года у общежитий Ушминского политехнического техникума украли девять велосипедов. В полиции говорят, что за весь прошлый сентябрь таких заявлений было три.

Все велосипеды стояли на открытой стоянке у общежития на улице Заводской. Большинство были пристёгнуты тонкими тросиками, которые злоумышленники перекусывали ночью.

Первокурсник Артём Лукин приехал в Ушминск из Гусиного и привёз с собой велосипед, на котором собирался ездить на практику.

«Утром вышел, а на стойке висит только перерезанный трос, — рассказывает он. — Покупал его два года на свои деньги».

В отделе полиции уточнили, что по факту краж возбуждено уголовное дело, изучаются записи камер соседнего магазина. Похожие случаи, по данным полиции, в прошлом году раскрыли, когда велосипеды нашли на сайте объявлений.

Руководство техникума обещает до конца месяца перенести стоянку во внутренний двор, который закрывается на ночь, и поставить там видеокамеру.

Полиция советует студентам записать номер рамы, сфотографировать велосипед и пользоваться прочными U-образными замками.

Если вам предлагают купить подозрительно дешёвый велосипед, сообщите в дежурную часть по телефону 02.
"""),

dict(id="h108-ru-002", lang="ru", tpl="liferay", site="ГТРК «Ушма»",
     section="Сёла Ушминского района", date="2026-01-14", byline="Светлана Корчагина",
     title="В Борках третьи сутки чинят теплотрассу в мороз",
     sub="", caption="Аварийная бригада на улице Садовой в Борках.", credit="Фото: ГТРК «Ушма»",
     inset=("Жители греются у обогревателей в сельском клубе.", "Фото: ГТРК «Ушма»"),
     body="""
В селе Борки под Ушминском третьи сутки без отопления остаются 14 многоквартирных домов и детский сад. Во вторник ночью при минус 28 градусах прорвало магистральную теплотрассу.

Аварийные бригады работают круглосуточно. По словам главы сельского поселения Виктора Ремизова, повреждён участок трубы длиной около сорока метров, и его приходится менять целиком.

## Как живут без тепла

В квартирах температура опустилась до десяти градусов. Многие жители перебрались к родственникам, остальные спят в одежде и греются электрическими обогревателями.

«Ночью у меня в спальне было плюс девять, — рассказывает пенсионерка Галина Фомичёва. — Внуков отправила к дочери в Ушминск».

В сельском клубе открыли пункт обогрева, где можно выпить горячего чая и зарядить телефон. Детский сад закрыт до восстановления отопления.

## Когда дадут тепло

В районной администрации обещают подать тепло к вечеру пятницы. Для того чтобы не разморозить систему, воду из труб в домах пока не сливают, а по подвалам ходят дежурные слесари.

Прокуратура начала проверку: теплотрассу в Борках последний раз ремонтировали в 1997 году, и жители не раз жаловались на её состояние.

Пункт обогрева в клубе работает круглосуточно до окончания ремонта.
"""),

dict(id="h108-ru-003", lang="ru", tpl="magnolia", site="Ушминский вестник",
     section="Культура Ушминска", date="2026-05-19", byline="Людмила Тарасевич",
     title="Гусиное отметило столетие сельского хора",
     sub="", caption="Хор села Гусиное на сцене районного Дома культуры.", credit="Фото: Людмила Тарасевич",
     inset=("Старейшая участница хора Анна Сергеевна Кудрина.", "Фото: Ушминский вестник"),
     look=[("bold", "Поют все, кто может.")],
     body="""
В субботу хор села Гусиное отметил своё столетие большим концертом в районном Доме культуры Ушминска. Зал на 400 мест был полон, люди стояли в проходах.

Хор основал в 1926 году сельский учитель Пётр Воскобойников. С тех пор коллектив ни разу не распадался, даже в годы войны, когда в нём пели одни женщины.

**Сто лет и ни одного перерыва**

Сегодня в хоре 23 человека. Самой старшей участнице, Анне Сергеевне Кудриной, 91 год, и поёт она в хоре с 1952 года. Самому младшему, её правнуку Матвею, двенадцать.

Поют все, кто может.

Руководитель хора Елена Пряхина говорит, что репертуар почти не меняется: старинные песни села, которые записывали ещё фольклористы в тридцатые годы.

«Мы их не учим по нотам, мы их просто помним, — говорит она. — Бабушки пели, мамы пели, теперь мы».

На юбилей приехали бывшие участники из Москвы, Твери и даже из Германии. Районная администрация вручила хору почётную грамоту и новые костюмы.

Записи хора за последние пятьдесят лет собраны в альбом, который можно послушать в сельской библиотеке Гусиного.

Следующий концерт хор даст на празднике села 12 июля.
"""),
]
