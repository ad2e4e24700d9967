# Turkish, German, French, Spanish and Russian stories for the fifth held-out part (h5-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h5_en.py.
ARTICLES = [
# ------------------------------------------------------------------ Turkish
dict(id="h5-tr-001", lang="tr", tpl="portal", section="Ekonomi", date="2025-03-10", byline="Selin Çakıroğlu",
     title="E-ticarette önceden işaretli 'abone ol' kutucukları yasaklanıyor",
     caption="Bir e-ticaret sitesinin sipariş ekranı.", credit="Fotoğraf: Anadolu Ekspres arşivi",
     body="""
Ticaret Bakanlığı, e-ticaret sitelerinde alışveriş sırasında önceden işaretlenmiş e-bülten ve kampanya onay kutucuklarını yasaklayan yönetmelik değişikliğini Resmi Gazete'de yayımladı.

Düzenleme 1 Haziran'da yürürlüğe girecek. Buna göre tüketiciler, sipariş sırasında "Kampanyalardan haberdar olmak için abone olun" gibi seçenekleri kendileri işaretlemedikçe ticari ileti almayacak.

Bakanlık verilerine göre geçen yıl ticari iletilerle ilgili 48 bin şikâyet yapıldı. Şikâyetlerin yarıdan fazlası, tüketicinin onay verdiğini hatırlamadığı e-posta ve SMS'lerle ilgiliydi.

## Abonelikten çıkmak da kolaylaşacak

Yeni kurallar yalnızca onay almayı değil, onayı geri çekmeyi de kapsıyor. Gönderilen her iletide, tek tıkla abonelikten çıkma imkânı sunan bir bağlantı bulunması zorunlu olacak.

Şirketler ayrıca şu bilgileri sipariş ekranında açıkça göstermek zorunda:

- hangi kanaldan ileti gönderileceği;
- iletilerin ne sıklıkla gönderileceği;
- onayın nasıl geri alınabileceği.

Kurallara uymayan şirketlere ileti başına idari para cezası uygulanacak.

## "Seçimi tüketici yapacak"

Tüketici Hakları Derneği Başkanı Nurettin Aslan, düzenlemenin geç kalmış bir adım olduğunu söyledi.

"Bir ayakkabı alıyorsunuz, üç yıl boyunca her sabah indirim mesajı geliyor," dedi. "Artık o kutucuğu işaretleyen tüketicinin kendisi olacak."

E-ticaret şirketlerini temsil eden Dijital Ticaret Birliği ise firmaların sistemlerini güncellemek için daha uzun süreye ihtiyaç duyduğunu açıkladı.
"""),

dict(id="h5-tr-002", lang="tr", tpl="squarespace", site="Toprak & Ateş Atölyesi", section="Atölyeden", date="2025-04-02",
     byline="Aslı Karaduman",
     title="Atölyemiz 10 yaşında: Avanos'ta çamurla geçen bir on yıl",
     caption="Halil Usta tezgâhın başında.", credit="Fotoğraf: Toprak & Ateş",
     body="""
On yıl önce Avanos'ta eski bir şarap mahzenini kiralayıp içine iki çömlek tezgâhı ve küçük bir fırın koyduğumuzda, kimse bu işin bir yıl bile süreceğine inanmıyordu.

Bugün atölyede dört usta çalışıyor, yılda yaklaşık 6 bin parça üretiyoruz ve her hafta sonu ziyaretçilere çamurla tanışma dersleri veriyoruz.

## Nereden nereye

İlk yıl sattığımız parça sayısı 400'ü geçmedi. Kışları fırını yakacak odunun parası bile zor çıkıyordu.

Her şey, 2017'de bir gezginin çektiği bir fotoğrafla değişti. Ustamız Halil Usta'nın tezgâhtaki ellerini gösteren kare sosyal medyada yüz binlerce kişiye ulaştı. Fotoğrafın altında yalnızca "Halil Usta, Avanos" yazıyordu.

O kış atölyenin kapısı hiç kapanmadı.

Paylaşmayı da burada öğrendik: Kızılırmak kıyısından çıkardığımız kili, bizden sonra açılan üç atölyeyle birlikte kullanıyoruz, büyük fırını da sırayla yakıyoruz.

## Önümüzdeki on yıl

Şimdi yeni bir adım atıyoruz. Mahzenin arka bölümünü, yerel gençlerin ücretsiz çırak olarak eğitim alacağı bir okula dönüştürüyoruz. İlk dönemde altı öğrenci alacağız.

Bunun için şunlara ihtiyacımız var:

- yeni bir elektrikli fırın;
- iki çömlek tezgâhı;
- öğrencilere aylık burs.

Destek olmak isteyenler atölyeden bir parça alarak ya da derslerimize katılarak bu okula katkıda bulunabilir.

On yıl boyunca bizi yalnız bırakmadığınız için teşekkür ederiz.
"""),

dict(id="h5-tr-003", lang="tr", tpl="amp", section="Bilim", date="2025-01-17", byline="Barış Ekinci",
     title="Öğrencilerin geliştirdiği küp uydu ilk sinyali gönderdi",
     caption="Öğrenciler okulun çatısındaki yer istasyonunda.", credit="Fotoğraf: Okul Aile Birliği",
     body="""
Eskişehir'de bir meslek lisesinin öğrencilerinin geliştirdiği küp uydu, fırlatılmasından yaklaşık dört saat sonra yer istasyonuna ilk sinyalini gönderdi.

"Kanat-1" adı verilen ve yalnızca 1,3 kilogram ağırlığındaki uydu, ABD'den fırlatılan bir roketle yaklaşık 520 kilometre yükseklikteki yörüngeye taşındı.

Okulun çatısına kurulan yer istasyonu, uydu Türkiye üzerinden ilk kez geçtiğinde onunla temas kurdu. Öğrenciler sinyali duyduklarında laboratuvarda sevinç çığlıkları yükseldi.

"Önce kimse inanamadı," dedi projenin öğrenci lideri 17 yaşındaki Defne Arıkan. "Sonra hepimiz aynı anda ağlamaya başladık."

## Üç yıllık emek

Proje üç yıl önce okulun elektronik bölümünde bir kulüp çalışması olarak başladı. Uydunun gövdesi okulun atölyesinde üretildi, yazılımı ise tamamen öğrenciler tarafından yazıldı.

Uydu, yörüngede bulunduğu süre boyunca şu görevleri yerine getirecek:

- yörüngedeki sıcaklık değişimlerini ölçmek;
- güneş panellerinin performansını kaydetmek;
- amatör telsizcilere saat başı bir selam mesajı yayınlamak.

Uydunun yörüngede en az iki yıl kalması bekleniyor.

## "Bu bir başlangıç"

Okul müdürü Serdar Uçar, projenin toplam maliyetinin 1,8 milyon lira olduğunu, bunun büyük bölümünün bir kalkınma ajansı hibesiyle karşılandığını söyledi.

"Bu bir son değil, bir başlangıç," dedi Uçar.

Öğrenciler şimdiden ikinci uydunun tasarımına başladı.
"""),

# ------------------------------------------------------------------ German
dict(id="h5-de-001", lang="de", tpl="squarespace", site="Backstube Lindenhof", section="Aus der Backstube",
     date="2025-02-06", byline="Miriam Osterkamp",
     title="Warum unsere Backstube ab März montags geschlossen bleibt",
     caption="Roggenbrote kurz vor dem Einschießen.", credit="Foto: Backstube Lindenhof",
     body="""
Ab März bleibt unsere Backstube montags geschlossen. Viele von Ihnen haben schon gefragt, warum, und wir wollen es hier in Ruhe erklären.

Der wichtigste Grund ist einfach: Wir finden keine Bäckerinnen und Bäcker mehr, die nachts um zwei anfangen wollen. Seit dem Sommer sind zwei Stellen unbesetzt, und unser Team backt seitdem an sieben Tagen mit vier statt sechs Leuten.

So geht es nicht weiter.

## Was sich ändert

Dienstag bis Samstag öffnen wir wie gewohnt um 6.30 Uhr, sonntags von 7 bis 11 Uhr. Der Montag wird zum Ruhetag für alle.

Unser Brot-Abo läuft weiter wie bisher. Wer montags ein Brot im Abo bekommt, kann wählen:

- Abholung am Dienstag statt am Montag;
- ein zweites Brot am Samstag;
- eine Pause des Abos ohne Kosten.

Der Preis bleibt bei 4,20 Euro pro Laib.

## Ein Wort zum Sauerteig

Folgen Sie morgens dem Duft in die Lindenstraße, dann wissen Sie, warum wir uns für langsames Backen entschieden haben: Unser Roggenbrot reift 18 Stunden. Diese Zeit nehmen wir uns weiterhin, nur eben an sechs statt sieben Tagen.

Wir wissen, dass die Schließung für manche von Ihnen unbequem ist, gerade für die Frühaufsteher aus dem Gewerbegebiet.

Danke für Ihre Geduld und Ihre Treue seit 1994.
"""),

dict(id="h5-de-002", lang="de", tpl="brightspot", section="Landespolitik", date="2025-03-27", byline="Jonas Terhorst",
     title="Landtag verbietet Verkauf von Lachgas an Minderjährige",
     caption="Lachgas-Kartuschen in einem Kiosk.", credit="Foto: Oberrhein-Anzeiger",
     body="""
Der Landtag hat am Donnerstag ein Gesetz beschlossen, das den Verkauf von Lachgas an Minderjährige verbietet. Für das Verbot stimmten alle Fraktionen bis auf eine, die sich enthielt.

Lachgas, chemisch Distickstoffmonoxid, wird als Partydroge vor allem von Jugendlichen aus Luftballons eingeatmet. Es ist bislang frei erhältlich, etwa in Kiosken, Spätverkaufsstellen und im Internet, oft in bunten Kartuschen mit bis zu zwei Kilogramm Inhalt.

## Was das Gesetz vorsieht

Das Gesetz regelt drei Punkte:

- Der Verkauf an Personen unter 18 Jahren ist verboten, auch online.
- Automaten, an denen Lachgas verkauft wird, müssen abgebaut werden.
- Verstöße können mit Bußgeldern von bis zu 50.000 Euro geahndet werden.

Gesundheitsministerin Ursula Kranich sprach von einem „überfälligen Schritt“. Ärzte berichteten zunehmend von jungen Patienten mit Nervenschäden, Taubheitsgefühlen in den Beinen und Lähmungen nach regelmäßigem Konsum.

„Das ist kein harmloser Spaß“, sagte Kranich.

## Kritik an der Umsetzung

Die Opposition begrüßte das Ziel, bezweifelte aber, dass das Verbot ohne zusätzliche Kontrollen wirkt. Der Abgeordnete Florian Beck sagte, schon jetzt würden Alterskontrollen beim Verkauf von Alkohol und Tabak in vielen Läden kaum beachtet.

Die Kommunen sollen die Einhaltung überwachen. Der Städtetag forderte dafür mehr Personal.

Das Gesetz tritt drei Monate nach der Verkündung in Kraft. Eine bundesweite Regelung ist in Vorbereitung.
"""),

dict(id="h5-de-003", lang="de", tpl="wordpress", section="Landkreis", date="2024-10-15", byline="Annika Brenner",
     title="Hohenwarter retten ihren Dorfladen mit einer Genossenschaft",
     caption="Der Dorfladen in der Hauptstraße von Hohenwart.", credit="Foto: Annika Brenner",
     body="""
Der einzige Lebensmittelladen in Hohenwart bleibt geöffnet. 212 Bürgerinnen und Bürger haben eine Genossenschaft gegründet und den Laden in der Hauptstraße übernommen, den die bisherige Betreiberin Ende September aus Altersgründen aufgegeben hatte.

Ein Anteil kostet 250 Euro. Zusammengekommen sind bislang 91.000 Euro, genug für die Übernahme der Einrichtung, eine neue Kühltheke und das Warenlager für die ersten Wochen.

„Ohne Laden stirbt ein Dorf ein bisschen“, sagt Vorstandsmitglied Gerlinde Wiesner. „Das wollten wir nicht zulassen.“

## Ehrenamt an der Kasse

Zwei Verkäuferinnen werden fest angestellt, die übrigen Schichten übernehmen Ehrenamtliche. Mehr als 40 Freiwillige haben sich bereits gemeldet, darunter Rentner, Schüler und ein pensionierter Filialleiter.

Das Sortiment soll kleiner, aber regionaler werden: Brot vom Bäcker aus dem Nachbarort, Eier und Kartoffeln von drei Höfen aus der Gemeinde, dazu das Nötigste für den Alltag.

Beim Großhandel ist die Genossenschaft noch auf der Suche. „Wir stehen mit zwei Anbietern in Kontakt und hoffen, bis Mitte November einen Vertrag zu haben“, sagt Wiesner.

## Eröffnung im November

Der Laden soll am 18. November wieder öffnen, zunächst von Montag bis Samstag jeweils vormittags.

Bürgermeister Thomas Reindl nannte die Gründung „ein starkes Zeichen“. Die Gemeinde verzichtet im ersten Jahr auf die Miete für die Räume.

Wer noch Anteile zeichnen möchte, kann das bis Ende Oktober im Rathaus tun.
"""),

# ------------------------------------------------------------------ French
dict(id="h5-fr-001", lang="fr", tpl="ghost", site="Le Fouineur du Canton", section="Coulisses", date="2025-01-20",
     byline="Louise Carréga",
     title="Pourquoi nous quittons Facebook",
     caption="La rédaction du Fouineur, dans ses locaux de la place du Marché.", credit="Photo : Le Fouineur",
     body="""
À partir du 1er février, notre page Facebook ne sera plus alimentée. Après six ans et près de 18 000 abonnés, la rédaction a pris cette décision à l'unanimité, et nous vous devons une explication.

La raison principale tient en un chiffre : en 2019, une publication de notre page atteignait en moyenne 4 200 personnes. L'an dernier, ce chiffre était tombé à 610.

Les publications qui contenaient un lien vers notre site étaient les moins diffusées de toutes.

## « Suivez-nous », mais où ?

Pendant des années, nous avons terminé nos articles par un « Suivez-nous sur Facebook ». Nous avons compris trop tard que nous invitions nos lecteurs à nous suivre sur un réseau qui décidait seul de ce qu'ils verraient.

Partager nos enquêtes restera évidemment possible, et nous vous y encourageons. Mais nous ne publierons plus nous-mêmes sur la plateforme.

## Ce qui change pour vous

Pour continuer à nous lire, trois solutions :

- venir directement sur notre site ;
- recevoir notre lettre du vendredi par courriel ;
- nous retrouver sur notre canal Signal, lancé en décembre.

La lettre est gratuite et le restera.

Nous savons que certains lecteurs, notamment les plus âgés, ne nous lisaient que sur Facebook. C'est pour eux que nous imprimerons désormais un résumé mensuel, déposé dans les mairies et les bibliothèques du canton.

Merci de nous suivre, où que ce soit.
"""),

dict(id="h5-fr-002", lang="fr", tpl="drupal", section="Justice", date="2024-11-07", byline="Mathieu Rolland",
     title="Le tribunal ordonne la réouverture du sentier des Crêtes, fermé par un propriétaire",
     caption="La barrière installée sur le sentier des Crêtes.", credit="Photo : Haute-Provence Info",
     body="""
Le tribunal judiciaire de Gap a ordonné mardi la réouverture du sentier des Crêtes, un chemin de randonnée fermé depuis dix-huit mois par le propriétaire d'un terrain qu'il traverse.

En mai 2023, Bernard Fauchier, propriétaire d'une bergerie au lieu-dit Le Serre, avait installé une barrière métallique et un panneau « Propriété privée – passage interdit » sur le chemin, emprunté chaque été par plusieurs milliers de randonneurs.

Il invoquait des dégradations répétées, des chiens non tenus en laisse et des déchets abandonnés près de ses bâtiments.

## Un usage « immémorial »

L'association Sentiers du Haut-Buëch, soutenue par la commune de Saint-Julien-en-Beauchêne, avait saisi la justice. Elle faisait valoir que le chemin figurait sur le cadastre depuis 1834 et qu'il était utilisé de manière continue par le public.

Le tribunal lui a donné raison. Il a jugé que le sentier constituait un chemin rural appartenant à la commune et a ordonné le retrait de la barrière sous un mois, sous astreinte de 100 euros par jour de retard.

« C'est une victoire pour tous ceux qui marchent », s'est félicitée la présidente de l'association, Claire Imbert.

## Des tensions qui demeurent

L'avocat de M. Fauchier, Me Olivier Gassend, a indiqué que son client étudiait la possibilité de faire appel. « Mon client n'est pas contre la randonnée. Il est contre le fait de ramasser les déchets des autres », a-t-il déclaré.

La commune s'est engagée à installer deux poubelles et des panneaux rappelant que les chiens doivent être tenus en laisse.

Le sentier devrait rouvrir avant les vacances de printemps.
"""),

dict(id="h5-fr-003", lang="fr", tpl="wire", section="Économie", date="2025-03-12", byline="Julie Bertrand",
     title="Transports lyonnais : l'abonnement mensuel passera à 72 euros en juillet",
     caption="Un tramway place Bellecour.", credit="ACP Photo",
     wire=dict(note="(Actualisé avec la réaction des usagers aux paragraphes 6 et 7)", reporter="jbe",
               editor="mdr/cgu", slug="FRANCE-TRANSPORTS/LYON-TARIFS"),
     body="""
LYON, 12 mars 2025 (ACP) - Le prix de l'abonnement mensuel aux transports en commun de l'agglomération lyonnaise passera de 68 à 72 euros le 1er juillet, a annoncé mercredi l'autorité organisatrice, Métropole Mobilités.

La hausse, de 5,9 %, concerne les quelque 310 000 abonnés adultes du réseau. Le ticket à l'unité restera à 2,10 euros.

L'autorité justifie cette augmentation par la hausse du coût de l'énergie et par l'ouverture de deux nouvelles lignes de tramway prévue en 2026. Les tarifs sociaux et l'abonnement des moins de 26 ans, à 25 euros, ne changent pas.

« S'abonner reste de loin la façon la moins chère de se déplacer dans la métropole », a assuré le vice-président chargé des transports, Karim Belhadj, lors d'une conférence de presse.

Les abonnements annuels souscrits avant le 30 juin conserveront l'ancien tarif jusqu'à leur échéance, a précisé l'autorité.

Plusieurs associations d'usagers ont dénoncé une hausse « injuste ». Le collectif Usagers en colère a appelé à un rassemblement samedi devant le siège de Métropole Mobilités.

Selon lui, un abonné qui utilise le réseau toute l'année paiera 48 euros de plus qu'en 2024, alors que les fréquences en soirée n'ont pas été améliorées.

Plus de 1,7 million de voyages sont effectués chaque jour sur le réseau lyonnais.
"""),

# ------------------------------------------------------------------ Spanish
dict(id="h5-es-001", lang="es", tpl="brightspot", section="España", date="2025-02-12", byline="Nerea Olazábal",
     title="Un pueblo de Soria ofrece casa y trabajo a cuatro familias para no cerrar su escuela",
     caption="La escuela rural de Valdelobos.", credit="Foto: Diario de la Sierra Norte",
     body="""
El Ayuntamiento de Valdelobos, un pueblo soriano de 96 habitantes, ofrece una vivienda rehabilitada a alquiler simbólico y un empleo a cuatro familias con niños en edad escolar para evitar el cierre de su escuela.

La escuela rural del municipio tiene ahora cinco alumnos. La normativa autonómica permite cerrar un aula cuando baja de cuatro, y dos de los niños empezarán el instituto en septiembre.

"Si cierra la escuela, el pueblo se muere en diez años", resume la alcaldesa, Pilar Gómara.

## Casas a 50 euros al mes

El Ayuntamiento ha rehabilitado cuatro casas de propiedad municipal con una subvención de la Diputación. Las familias que se instalen pagarán 50 euros al mes de alquiler durante los cinco primeros años.

Además, el consistorio ha llegado a acuerdos con empresas de la comarca para ofrecer trabajo a al menos un adulto de cada familia:

- dos puestos en una quesería de la zona;
- un puesto de peón forestal;
- la gestión del bar municipal, cerrado desde el verano.

## 300 solicitudes en una semana

En la primera semana, el Ayuntamiento recibió más de 300 solicitudes, algunas desde Argentina y Venezuela. Un comité formado por vecinos y técnicos de la Diputación hará la selección.

Gómara reconoce que la avalancha les ha desbordado. "Somos una secretaria y yo", explica. "Hemos estado en contacto con todas las familias que han escrito, pero vamos a tardar."

La alcaldesa insiste en que buscan gente dispuesta a quedarse. "No queremos gente que venga a probar", dice.

Las familias seleccionadas se conocerán en abril.
"""),

dict(id="h5-es-002", lang="es", tpl="legacy-br", section="Cultura", date="2025-04-08", byline="Íñigo Larrañeta", low=1,
     title="El festival de jazz de Puerto Alba cumple 40 años con un cartel de casa",
     caption="Concierto en la plaza de la Lonja en la edición de 2024.", credit="Foto: Festival de Jazz de Puerto Alba",
     body="""
El Festival de Jazz de Puerto Alba celebrará su 40 edición del 18 al 27 de julio con un cartel en el que, por primera vez, la mitad de los grupos proceden de la propia provincia.

La organización ha presentado este martes una programación de 22 conciertos repartidos entre el auditorio del puerto, la plaza de la Lonja y cuatro bares del casco antiguo. Trece de ellos serán gratuitos.

El director del festival, Ramón Iturbe, explicó que la decisión responde tanto a una cuestión económica como artística. "Los cachés internacionales se han disparado después de la pandemia", dijo. "Y aquí hay una escena de músicos jóvenes que merece un escenario grande."

## Homenaje a los fundadores

La gala inaugural rendirá homenaje a los cinco aficionados que organizaron el primer festival en 1985 en la terraza de un hotel, con un presupuesto de 300.000 pesetas y un solo piano alquilado.

Tres de ellos siguen vivos y subirán al escenario. Uno, el contrabajista Julio Mediavilla, tocará con la big band del conservatorio.

"Nunca pensamos que duraría más de un verano", reconoce Mediavilla.

## Entradas y abonos

Las entradas para los conciertos de pago, entre 12 y 35 euros, saldrán a la venta el 2 de mayo en la web del festival y en la taquilla del auditorio. Los abonos para todo el festival costarán 90 euros.

El festival cuenta este año con un presupuesto de 410.000 euros, un 8 % más que en 2024, aportado en su mayor parte por el ayuntamiento y el Gobierno autonómico.
"""),

dict(id="h5-es-003", lang="es", tpl="squarespace", site="Librería La Ballena", section="Diario de la librería",
     date="2025-04-23", byline="Carmen Oyarzun",
     title="Diez años de La Ballena: lo que hemos aprendido vendiendo libros en un barrio",
     caption="El escaparate de la librería en la calle Pizarro.", credit="Foto: Librería La Ballena",
     body="""
Hoy, 23 de abril, Día del Libro, La Ballena cumple diez años. Abrimos en 2015 en un antiguo taller de bicicletas de la calle Pizarro con 1.800 libros, una estantería prestada y muchas dudas.

Diez años después tenemos unos 14.000 títulos, dos libreras más y un club de lectura que se reúne cada primer jueves de mes desde el primer otoño.

Hemos aprendido algunas cosas por el camino.

## Lo que nos ha enseñado el barrio

La primera, que una librería de barrio vive de los encargos. Casi la mitad de lo que vendemos son libros que alguien nos pidió por su nombre y que llegaron dos días después.

La segunda, que los niños son los mejores clientes. La sección infantil empezó en una caja de fruta y hoy ocupa la mitad del local.

La tercera, que no se puede competir en precio con nadie, y que no hace falta.

Leer sigue siendo algo que se hace en compañía, aunque sea en silencio. Eso es lo que vendemos, en realidad: un sitio donde alguien te recomienda un libro mirándote a la cara.

## Lo que viene

Para celebrarlo, esta semana habrá:

- lecturas para niños el miércoles por la tarde;
- un encuentro con tres autoras del barrio el jueves;
- una fiesta con vermú el sábado a mediodía.

Gracias por estos diez años. Nos vemos en la calle Pizarro.
"""),

# ------------------------------------------------------------------ Russian
dict(id="h5-ru-001", lang="ru", tpl="cms", section="Культура", date="2025-03-05", byline="Ольга Стрельцова",
     title="Музей собирает воспоминания рабочих закрытого часового завода",
     caption="Сборочный цех завода «Рассвет», 1960-е годы.", credit="Фото: городской музей истории",
     body="""
Городской музей истории начал собирать воспоминания бывших работников часового завода «Рассвет», закрытого в 2009 году. Из рассказов, фотографий и документов к осени сделают выставку и книгу.

Завод, основанный в 1947 году, в лучшие годы выпускал до двух миллионов часов в год и давал работу почти шести тысячам человек. Сейчас в его корпусах размещаются офисы и торговый центр.

«Каждая вторая семья в городе так или иначе связана с "Рассветом", — говорит куратор проекта Елена Бродская. — Но об этом почти ничего не записано. Люди уходят, и память уходит вместе с ними».

## Как принять участие

Поделиться своей историей может любой, кто работал на заводе или вырос в семье заводчан. Сотрудники музея записывают интервью по вторникам и четвергам, а также готовы приехать домой к тем, кому трудно выходить.

Музей просит принести:

- фотографии из цехов, с праздников и демонстраций;
- пропуска, грамоты и заводские газеты;
- часы «Рассвет» со своей историей.

Все предметы после сканирования вернут владельцам.

## Первые находки

За первые две недели в музей обратились 86 человек. Среди находок — фотоальбом бригады сборщиц 1960-х годов и рукописная инструкция к будильнику, который так и не пошёл в серию.

«Я думала, это никому не нужно», — призналась 79-летняя Галина Пахомова, проработавшая на заводе 37 лет.

Выставку планируют открыть в ноябре.
"""),

dict(id="h5-ru-002", lang="ru", tpl="wire", section="Происшествия", date="2025-04-14", byline="Артём Лазарев",
     title="Паводок отрезал от райцентра четыре села в Приреченском округе",
     caption="Затопленная дорога у села Каменка.", credit="Фото: Сибинформ",
     wire=dict(note="(Добавлены подробности в 5-м и 6-м абзацах)", reporter="Артём Лазарев", editor="Олег Мельник",
               slug="ПАВОДОК-ПРИРЕЧЕНСК"),
     body="""
ПРИРЕЧЕНСК, 14 апреля. /Сибинформ/. Четыре села в Приреченском округе оказались отрезаны от районного центра из-за подъёма воды в реке Каменке, сообщили в понедельник в окружной администрации.

Уровень воды за сутки поднялся на 1,2 метра и превысил опасную отметку. Затоплены участки дорог и два низководных моста.

В изолированных сёлах проживают около 1,4 тыс. человек. По данным администрации, жилые дома не подтоплены, электроснабжение и связь сохраняются.

«Мы постоянно на связи с главами всех четырёх сёл, ситуация под контролем», — сказал глава округа Виктор Садыков.

Для жителей организованы:

- доставка продуктов и лекарств на лодках МЧС;
- дежурство фельдшера в каждом селе;
- вертолёт для экстренной эвакуации больных.

Школы в изолированных сёлах переведены на дистанционное обучение до конца недели. В районном центре занятия проходят в обычном режиме.

Режим чрезвычайной ситуации в округе введён с 12 апреля. По прогнозу гидрологов, пик паводка ожидается в ближайшие трое суток.

Ранее в окружном центре эвакуировали 37 жителей прибрежной улицы Береговой, где вода подошла вплотную к домам.
"""),

dict(id="h5-ru-003", lang="ru", tpl="wordpress", section="Спорт", date="2025-02-24", byline="Сергей Ковалёв",
     title="Хоккеисты «Старой гвардии» выиграли всероссийский турнир ветеранов",
     caption="«Старая гвардия» после финального матча.", credit="Фото: ХК «Старая гвардия»",
     body="""
Команда ветеранов «Старая гвардия» из Приозёрска выиграла всероссийский любительский турнир по хоккею в категории «60+», обыграв в финале прошлогодних победителей из Перми со счётом 4:3.

Решающую шайбу за 40 секунд до конца третьего периода забросил 67-летний нападающий Николай Зуев, бывший водитель автобуса.

«Я вообще-то в отпуске», — пошутил он после матча.

## Лёд по ночам

Команду собрали восемь лет назад бывшие игроки заводской дружины. Долгое время ветераны тренировались на открытой коробке во дворе школы, а последние три года арендуют лёд в ледовом дворце — по ночам, с 23:00 до полуночи, когда это дешевле всего.

Самому младшему игроку команды 61 год, самому старшему — 74.

Капитан Валерий Клёнов признаётся, что на турнир ехали без особых надежд.

«Соперники у нас серьёзные, многие раньше играли в высшей лиге, — рассказал он. — Мы просто хотели не проиграть всухую».

## Что дальше

Поездку на турнир команда оплатила сама, часть денег дали спонсоры — местная автомастерская и пекарня. Теперь ветераны надеются, что городская администрация поможет с дневным льдом.

В мае «Старая гвардия» сыграет товарищеский матч с юношеской командой спортшколы.

«Пусть молодёжь посмотрит, как надо», — сказал Зуев.
"""),
]
