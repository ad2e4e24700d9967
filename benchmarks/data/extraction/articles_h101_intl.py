# Turkish, German, French, Spanish and Russian stories for the hundred-and-first held-out part (h101-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and fields as in articles_h101_en.py.
ARTICLES = [
dict(id="h101-tr-001", lang="tr", tpl="site123", site="Dutluca Köyü Kalkınma ve Dayanışma Derneği", kind="small",
     section="Köyümüzden", date="2026-05-19", byline="Derneğimiz",
     title="Dutluca'nın eski köy konağı yeniden kapılarını açtı",
     sub="Yüz yıllık taş bina, köylülerin emeğiyle kütüphane ve toplantı salonuna dönüştü.",
     caption="Onarılan köy konağının avlusu.", credit="Fotoğraf: Derneğimiz",
     look=[("bold", "Konak artık hepimizin."), ("br", "Açılışa gelemeyenler için")],
     body="""
Dutluca'nın meydanındaki eski köy konağı, iki yıl süren onarımın ardından pazar günü düzenlenen törenle yeniden açıldı. 1921'de yapılan taş bina, uzun yıllar boş kaldıktan sonra çatısı çökmek üzereydi.

Onarım için gereken 1 milyon 80 bin liranın yarısı kalkınma ajansının hibesiyle, kalanı ise köylülerin ve gurbetteki Dutlucalıların bağışlarıyla karşılandı. Duvarları köyün ustaları ördü, pencereleri Karaçalı'daki marangoz Yusuf Usta yaptı.

Alt kattaki büyük oda, 2.400 kitaplık bir köy kütüphanesi oldu. Kitapların çoğunu Yeşilbayır'daki okullar ve emekli öğretmenler bağışladı. Üst kat ise toplantılar, düğün hazırlıkları ve kadınların el işi kursu için kullanılacak.

Derneğimizin başkanı Hatice Yıldırımoğlu açılışta, konağın çocukluğunda köy odası olarak kullanıldığını hatırlattı. "Kışın bütün köy burada toplanır, büyüklerimiz sohbet ederdi. O sesler yeniden duyulsun istedik" dedi.

Konak artık hepimizin.

Kütüphane salı, perşembe ve cumartesi günleri 14.00 ile 18.00 arasında açık olacak. Nöbeti gönüllü gençlerimiz tutacak; kitap bağışı yapmak isteyenler emanetleri köy kahvesine bırakabilir.

Onarımda emeği geçen herkese, çay ocağını kuran kadınlarımıza ve bağışlarını eksik etmeyen hemşehrilerimize teşekkür ederiz.

Açılışa gelemeyenler için törenin fotoğraflarını köy kahvesinin panosuna astık.
"""),

dict(id="h101-tr-002", lang="tr", tpl="jannah", site="Yeşilbayır Gündem",
     section="Sağlık ve yaşam", date="2026-02-24", byline="Serap Dumanlı",
     title="Yaşlı yakınına bakanlar Yeşilbayır'da bir araya geliyor",
     sub="Her ay toplanan destek grubu, bakım veren 40'tan fazla aileye ulaştı.",
     caption="Destek grubunun toplantısı belediyenin sosyal tesislerinde.", credit="Fotoğraf: Serap Dumanlı",
     carry=["keysafes"], tags=["bakım veren aileler", "Yeşilbayır belediyesi"],
     body="""
Yeşilbayır'da yaşlı anne, baba ya da eşine evde bakan kişiler için kurulan destek grubu ikinci yılına girdi. Belediyenin sosyal tesislerinde her ayın ilk çarşamba günü toplanan gruba bugüne kadar 43 aile katıldı.

Grubu kuran emekli hemşire Nurten Ağaoğlu, bakım verenlerin çoğunun yıllarca tek başına mücadele ettiğini söylüyor. "Annesine on yıldır bakan, bu sürede bir kez bile tatile çıkmamış kadınlar tanıdım. Burada ilk kez dertlerini anlatabiliyorlar" dedi.

**Düşmeler en büyük korku**

Toplantılarda en çok konuşulan konu, evde yalnız kalan yaşlıların düşmesi. Gruba katılan Mehmet Karaca, babasının geçen kış banyoda düştüğünü ve komşuların kapıyı kıramadığı için saatlerce yerde kaldığını anlattı.

Grup, belediyeyle birlikte evlere tutunma barı takılması ve kaymaz paspas dağıtılması için bir çalışma başlattı. Şimdiye kadar 60 eve tutunma barı takıldı.

**Nefes alacak bir gün**

Belediye, bakım verenlerin haftada bir gün dinlenebilmesi için yaşlıların gündüz bakımevinde ücretsiz ağırlanmasını da planlıyor. Sosyal işler müdürü Kenan Öztaş, hizmetin sonbaharda başlayacağını söyledi.

Bir sonraki toplantı 4 Mart çarşamba günü saat 14.00'te yapılacak. Katılmak isteyenler belediyenin sosyal hizmetler masasını arayabilir.
"""),

dict(id="h101-tr-003", lang="tr", tpl="amp", low=0,
     section="Yaşam", date="2026-07-08", byline="Oğuz Tekinalp",
     title="Karaçalı'nın fırıncısı 41 yıl sonra küreği bırakıyor",
     sub="Rıza Usta, taş fırınını köyün gençlerine emanet ediyor.",
     caption="Rıza Bozdemir fırının önünde.", credit="Fotoğraf: Oğuz Tekinalp",
     body="""
Karaçalı'nın tek fırınında 41 yıldır ekmek çıkaran Rıza Bozdemir, ay sonunda emekli oluyor. Taş fırını, köyde kooperatif kuran üç genç devralacak. Sabahın dördünde, ilk hamuru yoğururken konuştuk.

**Hamura ilk kez kaç yaşında el sürdünüz?**

On dört yaşında çırak olarak girdim. O zamanki ustam Kadir Efendi'ydi. Bir yıl boyunca bana sadece odun taşıttı, hamura dokundurmadı. Ekmek sabır işidir, derdi.

**Fırından günde kaç ekmek çıkıyor?**

Yazın dört yüz, kışın iki yüz elli kadar. Yazın yaylacılar ve misafirler gelir, köy kalabalıklaşır. Bayram öncesi bin ekmeği geçtiğimiz oldu.

**Hiç tatil yaptınız mı?**

Evlendiğimde üç gün. Bir de oğlum doğduğunda. Fırın kapanırsa köy ekmeksiz kalır, insan bunu bile bile gidemiyor.

**Gençlere ne söylediniz?**

Odunu kuru alın, hamuru aceleye getirmeyin, bir de herkese aynı ekmeği verin. Zengine de fakire de aynı ekmek.

**Peki şimdi?**

Bahçem var, torunlarım var. Ama sabahları yine erken uyanırım herhalde. Belki gelip gençlere bakarım, karışmadan.

Köylüler, Rıza Usta için 31 Temmuz cuma akşamı köy meydanında bir veda yemeği düzenliyor. Herkes davetli.
"""),

dict(id="h101-de-001", lang="de", tpl="kirby", site="Hollerbrunner Bote",
     section="Gesundheit", date="2026-04-14", byline="Katrin Wendenburg",
     title="Kreißsaal in Hollerbrunn nach Umbau wieder in Betrieb",
     sub="Die Geburtsstation des Kreiskrankenhauses hat zwei neue Entbindungsräume und ein Familienzimmer.",
     caption="Hebamme Jana Quistorp in einem der neuen Entbindungsräume.", credit="Foto: Katrin Wendenburg",
     carry=["carseatchecks"], tags=["Kreiskrankenhaus Hollerbrunn", "Geburtshilfe"],
     body="""
Nach acht Monaten Umbau ist die Geburtsstation des Kreiskrankenhauses Hollerbrunn wieder geöffnet. Seit Montag kommen die Kinder aus dem Wesseltal wieder in der Kreisstadt zur Welt, und nicht mehr im 40 Kilometer entfernten Klinikum in Steinach.

## Mehr Platz für Familien

Die Station hat jetzt zwei neue Entbindungsräume, einer davon mit Gebärwanne, und ein Familienzimmer, in dem Väter oder andere Begleitpersonen nach der Geburt übernachten können. Der Umbau hat 3,2 Millionen Euro gekostet, das Land hat zwei Drittel davon bezahlt.

Leitende Hebamme Jana Quistorp sagt, der Wunsch nach dem Familienzimmer sei von den Eltern selbst gekommen. „Die erste Nacht ist für viele die schwerste. Zu zweit ist sie leichter.“

## Genug Hebammen?

Die Klinik hatte in den vergangenen Jahren Mühe, offene Stellen zu besetzen. Inzwischen arbeiten wieder elf Hebammen im Schichtdienst, zwei mehr als vor dem Umbau. Zwei weitere beginnen im Herbst nach ihrem Studium.

Im vergangenen Jahr kamen in Hollerbrunn 412 Kinder zur Welt. Chefarzt Dr. Malte Ruhnau rechnet für dieses Jahr mit etwa 450.

Auch die Eltern aus Finkenau und Niederwessel freuen sich. Lea Brandhorst, die im Juni ihr zweites Kind erwartet, sagt: „Mit Wehen eine Dreiviertelstunde über die Landstraße, das wollte ich nicht noch einmal.“

Werdende Eltern können die Station jeden zweiten Mittwoch um 18 Uhr besichtigen, eine Anmeldung ist nicht nötig.
"""),

dict(id="h101-de-002", lang="de", tpl="gatsby", site="Wesseltaler Tageblatt",
     section="Leben im Wesseltal", date="2026-10-06", byline="Benedikt Hollstein",
     title="Hospizverein Wesseltal eröffnet ein Trauercafé in Finkenau",
     sub="Einmal im Monat können Hinterbliebene bei Kaffee und Kuchen über ihren Verlust sprechen.",
     caption="Ehrenamtliche decken die Tische im Gemeindehaus Finkenau.", credit="Foto: Benedikt Hollstein",
     inset=("Marianne Eckhoff im Gespräch mit einer Besucherin.", "Foto: Benedikt Hollstein"),
     carry=["deathcafe"], run_in=["deathcafe"],
     body="""
Der Hospizverein Wesseltal hat im evangelischen Gemeindehaus in Finkenau ein Trauercafé eröffnet. Es ist an jedem dritten Sonntag im Monat von 15 bis 17 Uhr geöffnet und richtet sich an alle, die einen Menschen verloren haben, ganz gleich, wie lange das her ist.

Zum ersten Nachmittag kamen 14 Frauen und Männer. Sie tranken Kaffee, aßen Zwetschgenkuchen und erzählten von ihren Männern, Frauen, Eltern und in einem Fall von einem Sohn.

„Viele sagen uns, dass ihre Freunde nach ein paar Wochen nicht mehr nach dem Verstorbenen fragen“, sagt Marianne Eckhoff, die das Café mit vier anderen Ehrenamtlichen leitet. „Hier darf man auch nach zwei Jahren noch von ihm sprechen.“

Eckhoff hat selbst vor sechs Jahren ihren Mann verloren. Sie hat danach eine Ausbildung zur Trauerbegleiterin beim Verein gemacht.

Das Trauercafé ersetzt keine Therapie, betont der Verein. Wer mehr Unterstützung braucht, kann Einzelgespräche mit einer der drei hauptamtlichen Trauerbegleiterinnen vereinbaren.

Der Hospizverein Wesseltal begleitet seit 1998 Sterbende und ihre Familien zu Hause, im Pflegeheim und im Krankenhaus. Er hat 86 Ehrenamtliche und wird zum größten Teil aus Spenden bezahlt.

Das nächste Trauercafé findet am 18. Oktober statt, eine Anmeldung ist nicht nötig.
"""),

dict(id="h101-de-003", lang="de", tpl="nuxt", site="Wesseltal-Anzeiger am Morgen",
     section="Aus dem Wesseltal", date="2026-06-02", byline="Svenja Tiedemann",
     title="Niederwessel bekommt wieder einen Dorfladen",
     sub="Eine Genossenschaft mit 230 Mitgliedern übernimmt die frühere Bäckerei an der Hauptstraße.",
     caption="Die frühere Bäckerei Pflüger an der Hauptstraße in Niederwessel.", credit="Foto: Svenja Tiedemann",
     body="""
Sieben Jahre nachdem der letzte Lebensmittelladen geschlossen hat, bekommt Niederwessel wieder einen Dorfladen. Die Genossenschaft „Unser Laden Niederwessel“ eröffnet am 1. Juli in der früheren Bäckerei Pflüger an der Hauptstraße.

230 Bürgerinnen und Bürger haben Anteile zu je 250 Euro gezeichnet. Zusammen mit einem Zuschuss aus dem Dorfentwicklungsprogramm reicht das Geld für den Umbau, die Kühltheken und das erste Warenlager.

Im Laden soll es geben:

- frisches Brot und Brötchen von einer Bäckerei aus Hollerbrunn
- Obst, Gemüse, Eier und Honig von Höfen aus dem Wesseltal
- Milchprodukte, Wurst und Käse
- Waren des täglichen Bedarfs vom Großhändler
- eine Paketannahme und einen kleinen Kaffeeausschank mit vier Tischen

Zwei Verkäuferinnen werden fest angestellt, dazu kommen Ehrenamtliche für die Samstage.

Vorstand Reinhold Ammersbach sagt, die Genossenschaft wolle keinen Supermarkt ersetzen. „Aber wer kein Auto hat, soll hier wieder Milch und Brot kaufen können, ohne auf den Bus zu warten.“ In Niederwessel lebt jeder dritte Einwohner allein, viele von ihnen sind über 75.

Ein Drittel der Mitglieder hat sich auch für die Mitarbeit gemeldet. Die 82-jährige Hildegard Sommerfeld will an jedem zweiten Samstag an der Kasse stehen. „Ich habe früher in diesem Haus Brötchen gekauft“, sagt sie. „Jetzt verkaufe ich sie.“

Der Laden ist montags bis freitags von 7 bis 13 Uhr und von 15 bis 18 Uhr geöffnet, samstags von 7 bis 12 Uhr.
"""),

dict(id="h101-fr-001", lang="fr", tpl="astra", site="Le Courrier de la Sarrine",
     section="Santé et solidarité en Sarrine", date="2026-11-03", byline="Clémence Vaudrey",
     title="À Vaucroze, un service d'accompagnement du deuil ouvre ses portes",
     sub="Porté par l'équipe de soins palliatifs de l'hôpital, il reçoit gratuitement les familles endeuillées.",
     caption="La salle d'accueil du service, rue des Tanneurs.", credit="Photo : Clémence Vaudrey",
     carry=["deathcafe"],
     look=[("dropcap", "Pendant des années")],
     body="""
Pendant des années, les familles qui perdaient un proche à l'hôpital de Vaucroze repartaient avec un sac de vêtements et un numéro de téléphone. Depuis lundi, elles peuvent aussi pousser la porte d'un service d'accompagnement du deuil, installé rue des Tanneurs, à deux pas de l'hôpital.

Le service est porté par l'équipe mobile de soins palliatifs, avec l'aide de l'association Jalmalv de la vallée de la Sarrine. Une psychologue, une assistante sociale et huit bénévoles formés y reçoivent gratuitement, sur rendez-vous ou sans.

« Le deuil n'est pas une maladie, mais on peut s'y perdre », explique la docteure Armelle Pujol, qui dirige l'équipe de soins palliatifs. « Certains ont besoin de parler une fois, d'autres pendant un an. »

Outre les entretiens individuels, le service propose des groupes de parole pour les conjoints, pour les parents qui ont perdu un enfant et, bientôt, pour les adolescents. L'assistante sociale aide aussi aux démarches administratives qui suivent un décès, souvent vécues comme une épreuve de plus.

Jean-Baptiste Loubet, veuf depuis le printemps, est venu dès le premier jour. « Chez moi, je tourne en rond. Ici, on m'écoute sans me dire qu'il faut tourner la page », confie-t-il.

Le service est ouvert du lundi au vendredi, de 9 h à 17 h, au 12 rue des Tanneurs.
"""),

dict(id="h101-fr-002", lang="fr", tpl="beehiiv", site="La Feuille des Genêts",
     section="Village", date="2026-09-22", byline="Aurélien Sabatier",
     title="Aux Genêts, le four banal rallumé après soixante ans",
     sub="Les habitants ont rebâti la voûte pierre par pierre, et cuit leur premier pain dimanche.",
     caption="La première fournée devant le four banal.", credit="Photo : Aurélien Sabatier",
     body_caption="La voûte du four, refaite avec les pierres d'origine.",
     body="""
Bonjour à toutes et à tous,

Cette semaine, une seule nouvelle, mais quelle nouvelle : le four banal des Genêts a fumé dimanche matin pour la première fois depuis 1966.

Vous êtes nombreux à avoir suivi le chantier depuis deux ans. Pour les autres, un petit rappel. Le four, construit au XVIIIe siècle au bout de la rue du Puits, servait autrefois à tout le hameau. Abandonné après l'arrivée du boulanger de Vaucroze en tournée, il avait fini par servir de remise à bois, et sa voûte s'était effondrée.

L'association Les Amis du four, créée par une quinzaine d'habitants, a tout repris :

- la voûte, rebâtie avec les pierres d'origine numérotées une à une ;
- la sole, en briques réfractaires offertes par une tuilerie de la vallée ;
- le toit en lauzes, refait par deux compagnons venus de l'Aveyron ;
- la porte en fonte, retrouvée dans une grange et repeinte.

Il a fallu trois jours pour chauffer le four en douceur. Dimanche, Gilbert Roumagnac, 79 ans, qui avait vu sa grand-mère y cuire le pain, a enfourné les premières miches. Soixante-dix personnes attendaient dehors.

Le four sera rallumé le premier dimanche de chaque mois. Chacun peut apporter sa pâte, ou acheter une miche au profit de l'association.

Et si vous avez des photos anciennes du four, envoyez-les-nous : nous préparons une petite exposition pour Noël.

À dimanche prochain,
"""),

dict(id="h101-fr-003", lang="fr", tpl="table",
     section="Société", date="2026-09-15", byline="Nadège Castagnier",
     title="Sécurité routière : le collège de Vaucroze fait sa rentrée à pied et à vélo",
     sub="Une semaine d'ateliers pour les élèves, et des contrôles aux abords de l'établissement.",
     caption="Des élèves de sixième à l'atelier vélo, dans la cour du collège.", credit="Photo : Nadège Castagnier",
     carry=["carseatchecks"], run_in=["carseatchecks"],
     body="""
Le collège Jean-Moulin de Vaucroze a consacré sa deuxième semaine de rentrée à la sécurité routière, avec des ateliers pour ses 540 élèves et une opération de la gendarmerie aux abords de l'établissement.

**Des ateliers dans la cour**

Les élèves de sixième ont appris à régler leur vélo, à être vus la nuit et à circuler sur la piste cyclable qui relie le collège au quartier des Genêts depuis l'an dernier. Les quatrièmes ont testé des lunettes qui simulent l'effet de l'alcool, avec un parcours de plots.

« Ils rient beaucoup, puis ils se taisent quand ils comprennent », sourit Florence Ardouin, la conseillère principale d'éducation.

**Des contrôles à la sortie**

Mardi et jeudi, les gendarmes ont contrôlé la vitesse sur l'avenue de la Sarrine, limitée à 30 km/h devant le collège. Sur 212 véhicules, 37 roulaient trop vite, dont un à 58 km/h.

Les parents qui déposent leurs enfants en voiture ont aussi été invités à utiliser le nouveau dépose-minute, installé sur le parking du gymnase, plutôt que de s'arrêter en double file.

**Et pour les plus petits**

La prévention routière du département profite de cette semaine pour rappeler que beaucoup d'enfants voyagent encore dans un siège mal fixé ou trop petit. Des bénévoles seront présents au marché de Vaucroze pour en parler aux familles.
"""),

dict(id="h101-es-001", lang="es", tpl="wpbakery", site="El Cierzo Digital",
     section="Sociedad", date="2026-01-27", byline="Begoña Larrañeta",
     title="Torrealba pone en marcha un programa para los mayores que viven solos",
     sub="Voluntarios y trabajadoras sociales visitarán a 120 vecinos mayores de 75 años.",
     caption="Una voluntaria visita a una vecina de la calle del Horno.", credit="Foto: Begoña Larrañeta",
     body_caption="Reunión de voluntarios en el centro social de Torrealba.",
     carry=["keysafes"], run_in=["keysafes"],
     look=[("callout", "Además de las visitas")],
     body="""
El Ayuntamiento de Torrealba del Cierzo ha puesto en marcha un programa para acompañar a los vecinos mayores que viven solos. Según el padrón, en el municipio y en Valdemiel hay 214 personas de más de 75 años que viven sin compañía, casi una de cada cuatro de esa edad.

El programa, llamado "Vecinos cerca", combina visitas semanales de voluntarios con el seguimiento de las trabajadoras sociales. En la primera fase, 120 mayores han aceptado participar.

La concejala de Servicios Sociales, Pilar Echeverri, explica que la idea surgió tras el invierno pasado, cuando dos vecinos pasaron varias horas en el suelo después de una caída sin que nadie pudiera entrar en su casa. "No queremos que eso vuelva a pasar", dijo.

Además de las visitas, el programa revisa la seguridad de las viviendas: alfombras, iluminación, barras en el baño y la forma de que los servicios de emergencia puedan entrar si hace falta.

Anselmo Garcés, de 88 años, recibe cada martes la visita de Irene, una estudiante de Enfermería. "Hablamos de fútbol y de la huerta, y me revisa las pastillas", cuenta. "La semana se me hace más corta."

Si conoce a alguien que vive solo y podría necesitar ayuda, puede avisar a los servicios sociales en el 976 000 318.
"""),

dict(id="h101-es-002", lang="es", tpl="webnode", site="AMPA Colegio Virgen del Cervunal", kind="small",
     section="Noticias del AMPA", date="2026-10-13", byline="Junta del AMPA",
     title="El camino escolar seguro de Valdemiel ya tiene fecha",
     sub="El ayuntamiento pintará el itinerario y cortará la calle del colegio en las horas de entrada y salida.",
     caption="Familias caminando hacia el colegio por la calle Mayor.", credit="Foto: AMPA Colegio Virgen del Cervunal",
     carry=["carseatchecks"],
     body="""
Buenas noticias para las familias del cole: el camino escolar seguro que llevamos pidiendo tres cursos estará listo después de las vacaciones de Navidad.

## Qué va a cambiar

El ayuntamiento pintará en el suelo un itinerario de colores desde la plaza de Valdemiel hasta la puerta del colegio, pasando por la calle Mayor y el paseo del Cervunal. Se ensancharán dos aceras, se pondrá un paso de peatones elevado frente a la panadería y la calle de las Eras se cortará al tráfico de 8.45 a 9.15 y de 13.50 a 14.20.

## Cómo lo hemos conseguido las familias

En la primavera pasada contamos los coches que pasaban por la puerta del colegio: 148 en media hora. También hicimos una encuesta: el 71 % de las familias dijo que dejaría el coche en casa si el camino fuera seguro.

Con esos datos fuimos al pleno de junio. Gracias a todas las familias que vinisteis y a los niños de sexto, que leyeron su carta delante de los concejales.

## Qué os pedimos

Que probéis el camino desde el primer día, que dejéis el coche lejos de la puerta si no tenéis más remedio que usarlo y que os apuntéis como voluntarios para acompañar a los grupos de pequeños por las mañanas.

La reunión para organizar los grupos será el jueves 22 de octubre a las 17.00 en el comedor del colegio.
"""),

dict(id="h101-es-003", lang="es", tpl="ghost",
     section="Cultura", date="2026-07-01", byline="Rodrigo Almazán",
     title="Vuelve el cine de verano a la plaza de toros de Torrealba",
     sub="Diez sesiones gratuitas los viernes y sábados de julio, con películas para todas las edades.",
     caption="La pantalla montada en la plaza de toros.", credit="Foto: Rodrigo Almazán",
     look=[("br", "Las sillas las pone")],
     body="""
Después de dos veranos sin pantalla, el cine de verano vuelve a Torrealba del Cierzo. La plaza de toros acogerá diez sesiones gratuitas los viernes y sábados de julio, siempre a las 22.30.

La programación la ha elegido este año un grupo de vecinos de todas las edades, que se reunió tres veces en la biblioteca municipal. Estas son algunas de las películas:

- una comedia española reciente, para abrir el ciclo el 3 de julio
- dos películas de animación, pensadas para las familias
- un clásico del oeste en versión restaurada
- un documental sobre la trashumancia rodado en la comarca
- una sesión doble de cine mudo con música en directo de la banda municipal

El concejal de Cultura, Íñigo Sarasa, explicó que el proyector y la pantalla se han comprado con una ayuda de la diputación de 18.000 euros. "Así no dependemos de alquilar el equipo cada año", dijo.

El documental lo presentará su directora, Maite Urzainqui, natural de Valdemiel, que grabó durante dos años a los últimos pastores que bajan el ganado a pie por la cañada del Cervunal.

Las sillas las pone el ayuntamiento, pero se puede traer cojín.
Habrá también un puesto de la asociación de jubilados con bebidas y palomitas.

En caso de lluvia, la sesión se trasladará al pabellón municipal.
"""),

dict(id="h101-ru-001", lang="ru", tpl="shorthand", site="Липовский край",
     section="История", date="2026-08-18", byline="Анастасия Коробейникова",
     title="Мельница на Липовке: как восстанавливают старейшее здание Верхнелиповска",
     sub="Кирпичной мельнице купца Щеглова 140 лет. Её спасают волонтёры и бывшие мельники.",
     caption="Мельница Щеглова на берегу Липовки.", credit="Фото: Анастасия Коробейникова",
     body_caption="Жернова, найденные в подвале мельницы.",
     body="""
Красная кирпичная мельница на берегу Липовки видна с любого края Верхнелиповска. Её построил в 1886 году купец Афанасий Щеглов, и почти сто лет она молола муку для всей округи.

## Купеческая мельница

Щеглов поставил на реке плотину и три пары жерновов, а позже — паровую машину на случай маловодья. После революции мельницу национализировали, но она продолжала работать: в войну здесь мололи зерно для фронта, а в шестидесятые поставили электрические вальцовые станки.

Последний помол был в 1991 году. Потом здание стояло пустым, в нём разбирали кирпич на дачи, а в 2015-м обвалилась часть крыши.

## Волонтёры и бывшие мельники

Три года назад краеведы из клуба «Ольховка» начали расчищать мельницу по выходным. Им помогают студенты строительного колледжа и несколько бывших работников, которым уже за семьдесят.

Один из них, Геннадий Сыромятников, проработал на мельнице двадцать два года. «Я помню, где стоял каждый станок, — говорит он. — Они приходят ко мне с чертежами, а я им рассказываю, как было на самом деле».

## Что ждёт мельницу

В подвале нашли два жернова, их уже подняли и очистили. Этим летом на здание поставили временную кровлю. Городские власти обещают передать мельницу клубу в безвозмездное пользование, а краеведы хотят открыть в ней музей хлеба.

Субботники на мельнице проходят каждую субботу с 10:00, присоединиться может любой желающий.
"""),

dict(id="h101-ru-002", lang="ru", tpl="statamic", site="Липовские вести",
     section="Здоровье и забота", date="2026-03-11", byline="Виталий Зарубин",
     title="В Верхнелиповске открылась группа поддержки для тех, кто ухаживает за родными",
     sub="Раз в неделю родственники пожилых людей с деменцией собираются в библиотеке на Садовой.",
     caption="Встреча группы в читальном зале библиотеки.", credit="Фото: Виталий Зарубин",
     inset=("Ведущая группы Людмила Остроухова.", "Фото: Виталий Зарубин"),
     pull="Мне казалось, что я одна такая, кто не справляется",
     carry=["keysafes"],
     body="""
В Верхнелиповске появилась группа взаимной поддержки для тех, кто ухаживает дома за пожилыми родственниками. Встречи проходят каждый четверг в читальном зале библиотеки на Садовой улице.

Группу собрала Людмила Остроухова, бывший врач-невролог. Пять лет она ухаживала за матерью, у которой была болезнь Альцгеймера.

**Не одни**

На первую встречу пришли девять человек, на третью — уже семнадцать. Большинство — женщины за пятьдесят, которые ухаживают за мамами и свекровями, но есть и мужчины.

«Мне казалось, что я одна такая, кто не справляется, — рассказала Ольга Бердникова из Клюквина. — А тут все говорят то же самое. Уже от этого легче».

**Практические вопросы**

На встречах обсуждают не только чувства. Как уговорить маму принять лекарство, как не дать папе уйти ночью из дома, где взять кресло для ванной, что делать, если человек упал, а вы на работе.

Приглашённые специалисты — социальный работник, юрист, медсестра из поликлиники — рассказывают о льготах, опеке и уходе за лежачими.

**Планы группы**

Городская библиотека готова выделять зал бесплатно. Остроухова хочет найти волонтёров, которые могли бы посидеть с подопечными, пока их родные на встрече.

Встречи проходят по четвергам в 18:00. Телефон для справок: 8 (48166) 2-14-70.
"""),

dict(id="h101-ru-003", lang="ru", tpl="hexo", site="Липовские тетради",
     section="Люди", date="2026-05-28", byline="Дарья Мелентьева",
     title="«Дети читают, просто по-другому»: разговор с библиотекарем из Ольховки",
     sub="Тамара Григорьевна Пустовалова 44 года выдаёт книги в сельской библиотеке.",
     caption="Тамара Пустовалова в библиотеке Ольховки.", credit="Фото: Дарья Мелентьева",
     tags=["библиотека Ольховки", "сельские библиотеки"],
     body="""
Сельская библиотека в Ольховке занимает две комнаты в здании бывшей школы. Тамара Григорьевна Пустовалова работает в ней с 1982 года. Мы поговорили с ней перед её юбилеем.

**Сколько читателей у библиотеки?**

Двести тридцать записанных, а постоянных человек восемьдесят. Для села, где живёт шестьсот человек, это много. Зимой приходят чаще: дел в огороде нет, а вечера длинные.

**Что читают?**

Пенсионерки — детективы и романы, мужчины — про войну и про рыбалку. Дети — комиксы и фэнтези. Все говорят, что дети не читают. Неправда. Дети читают, просто по-другому: по телефону, урывками, но читают.

**Как изменилась работа?**

Раньше я только выдавала книги. Теперь помогаю записаться к врачу через интернет, распечатать квитанцию, оформить пенсию. Библиотека стала таким сельским центром.

**Бывало трудно?**

В девяностые зарплату не платили по полгода, а в библиотеке не было отопления. Я сидела в пальто и валенках. Но не закрылись ни на один день.

**А теперь?**

Теперь у нас новые стеллажи, компьютер и даже кружок для малышей по субботам. Хочу дождаться, когда мои читательницы-школьницы приведут сюда своих внуков.

Библиотека в Ольховке открыта со вторника по субботу с 10:00 до 17:00.
"""),
]
