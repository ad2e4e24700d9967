# Turkish, German, French, Spanish and Russian stories for the twentieth held-out part (h20-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and extra fields as in articles_h20_en.py
# (watch: broadcaster video captions).
ARTICLES = [
dict(id="h20-tr-001", lang="tr", tpl="ucoz", site="Yukarıçamlı Köyü", section="Köyden haberler", date="2026-06-08",
     byline="Muhtarlık",
     title="Eski okul binasındaki köy kütüphanesi yeniden açıldı",
     sub="Gurbetteki hemşehrilerimizin gönderdiği kitaplarla raflar doldu.",
     caption="Açılış günü kütüphanede çocuklar.", credit="Fotoğraf: Recep Yıldız",
     body="""
Köyümüzün eski ilkokul binasındaki kütüphane, iki yıl aradan sonra cumartesi günü yeniden kapılarını açtı. Açılışa köylülerimizin yanı sıra ilçeden ve gurbetten gelen hemşehrilerimiz de katıldı.

Kütüphanenin rafları, İstanbul ve İzmir'de yaşayan hemşehrilerimizin kargoyla gönderdiği kitaplarla doldu. Toplam 1.840 kitabın yarısından fazlası çocuk kitabı.

## Kimler emek verdi

Binanın akan çatısı köy derneğinin topladığı bağışlarla onarıldı, boya ve badana ise imeceyle yapıldı. Raflar köyümüzün marangozu Hüseyin Usta'nın elinden çıktı.

"Ben bu okulda okudum, şimdi torunlarım burada kitap okuyacak," dedi Hüseyin Usta.

## Açık olduğu saatler

Kütüphane şimdilik şu zamanlarda açık olacak:

- cumartesi ve pazar günleri öğleden sonra;
- okulların tatil olduğu haftalarda her gün;
- ramazan ayında iftardan sonra.

Kitap ödünç almak isteyenlerin adını deftere yazdırması yeterli. Kitaplar iki hafta içinde geri getirilmeli, geciken olursa ceza yok, sadece bir hatırlatma var.

Açılış fotoğraflarını muhtarımız Recep Yıldız çekti. Çocukların yüzünün göründüğü kareleri ancak ailelerinden izin aldıktan sonra albüme ekleyeceğiz.

Kitap bağışlamak isteyen hemşehrilerimiz muhtarlıkla iletişime geçebilir. Özellikle ortaokul öğrencileri için roman ve ansiklopedi bekliyoruz.
"""),

dict(id="h20-tr-002", lang="tr", tpl="broadcaster", section="Çevre", date="2026-08-21", byline="Burcu Akpınar",
     title="Barajlarda doluluk yüzde 18'e düştü: Gece kesintileri kapıda",
     sub="Su idaresi, ekime kadar yağış gelmezse planlı kesintiye gidilebileceğini açıkladı.",
     caption="Suları çekilen Karaçam Barajı'nda ortaya çıkan eski köprü.", credit="Fotoğraf: Burcu Akpınar",
     watch=["Barajdaki son durum havadan görüntülendi", "Uzman anlatıyor: Evde su nasıl tasarruf edilir?"],
     body="""
Kentin içme suyunu karşılayan Karaçam ve Yeşilköy barajlarında doluluk oranı yüzde 18'e geriledi. Bu oran, son on yılın aynı dönemindeki en düşük seviye.

Su ve Kanalizasyon İdaresi, yağışların ekim ayına kadar beklenen seviyede olmaması halinde gece saatlerinde planlı kesintilere gidilebileceğini açıkladı.

Meteoroloji verilerine göre kente son üç ayda metrekareye yalnızca 41 kilogram yağış düştü. Eylül ayında da mevsim normallerinin altında yağış bekleniyor.

## Uzmanlar ne diyor

Hidrolog Doç. Dr. Serap Aydemir, sorunun yalnızca yağış azlığından kaynaklanmadığını söyledi. Aydemir'e göre şebekedeki eski borulardan her yıl suyun yaklaşık üçte biri kayboluyor.

"Yağmuru bekleyerek bu işi çözemeyiz," dedi Aydemir.

## Vatandaşlardan istenenler

İdare, tasarruf için şu önerilerde bulundu:

- bahçe sulamasının akşam saatlerinde yapılması;
- araçların hortumla yıkanmaması;
- sızdıran muslukların hemen onarılması.

Takip eden günlerde mahalle mahalle bilgilendirme toplantıları yapılacak. Toplantı takvimi idarenin internet sitesinde yayımlanacak.

İdare, tarım kooperatifleriyle de sürekli iletişim halinde olduğunu ve sulama suyunun haftada üç günle sınırlanmasının görüşüldüğünü bildirdi.

Çiftçiler ise kararın hasat dönemine denk gelmesinden endişeli. Kooperatif başkanı Ali Rıza Demirtaş, "Domatesi yarı yolda bırakamayız," dedi.
"""),

dict(id="h20-tr-003", lang="tr", tpl="k2", section="Yaşam", date="2026-02-17", byline="Onur Keskinkılıç",
     title="Kamera kayıtlarını WhatsApp grubunda paylaşan site yönetimine ceza",
     sub="Kurul, kayıtların başka amaçla paylaşılması için açık rıza gerektiğini hatırlattı.",
     caption="Sitenin otoparkındaki güvenlik kamerası.", credit="Fotoğraf: Onur Keskinkılıç",
     body="""
Kişisel verileri koruma kurulu, bir site yönetimine güvenlik kamerası kayıtlarını sakinlerin WhatsApp grubunda paylaştığı için 180 bin lira idari para cezası verdi.

Şikâyeti, görüntülerde kendi çocuğunun yüzü açıkça görünen bir anne yaptı. Yönetim, bir bisiklet hırsızını bulmak için otoparktaki kameranın kayıtlarını gruba göndermişti.

## Kurul kararında neler var

Kurul, güvenlik amacıyla kamera kullanılabileceğini, ancak kayıtların başka bir amaçla paylaşılması için görüntüdeki kişilerin açık rızasının gerektiğini vurguladı.

Kurul, cezanın miktarını belirlerken görüntülerin yaklaşık 400 kişilik bir gruba gönderildiğini ve günlerce silinmediğini de dikkate aldı.

Karara göre site yönetimleri şunları yapmak zorunda:

- kamera bulunan alanlara uyarı levhası asmak;
- kayıtlara kimlerin erişebileceğini yazılı olarak belirlemek;
- kayıtları en fazla 30 gün saklamak.

## "Kimse bize söylemedi"

Site yöneticisi Levent Aksoy, kayıtları iyi niyetle paylaştıklarını söyledi.

"Hırsızı yakalamak istedik, başımıza bu geldi," dedi Aksoy.

Avukat Deniz Karaca ise benzer şikâyetlerin arttığını belirtti. Karaca'ya göre pek çok apartmanda kamera kuruluyor ama aydınlatma metni hazırlanmıyor, sakinlerden de onay alınmıyor.

Okumak isteyenler için kararın tam metni kurulun internet sitesinde yayımlandı. Site yönetimi karara itiraz edeceğini açıkladı.
"""),

dict(id="h20-de-001", lang="de", tpl="legacy-br", section="Region", date="2026-03-05", byline="Jürgen Weirich",
     title="212 Bürger retten die „Linde“: Dorfkneipe wird Genossenschaft",
     sub="Die Wirtsleute hören auf, das Dorf übernimmt.",
     caption="Das Gasthaus „Zur Linde“ in Oberwiesbach.", credit="Foto: Jürgen Weirich",
     body="""
Die „Linde“ in Oberwiesbach bleibt offen. 212 Bürgerinnen und Bürger haben eine Genossenschaft gegründet, die das Gasthaus zum 1. Mai übernimmt. Die bisherigen Wirtsleute hatten im Herbst angekündigt, aus Altersgründen aufzuhören.

Ein Anteil kostet 500 Euro, viele haben gleich mehrere gezeichnet. Zusammengekommen sind bisher 164.000 Euro.

## Was mit dem Geld passiert

Der Vorstand der Genossenschaft will das Geld für drei Dinge verwenden:

- die Sanierung der Küche, die das Gesundheitsamt beanstandet hatte;
- neue Toiletten im Erdgeschoss;
- ein kleines Polster für die ersten Monate.

Den Betrieb übernimmt ein Pächter aus dem Nachbarort, der in Mainz schon ein Lokal geführt hat.

## „Ohne Kneipe stirbt das Dorf“

Vorstandsvorsitzende Ulrike Hahnemann sagt, es sei um mehr gegangen als ums Bier.

„Hier werden Vereine gegründet, Ehen angebahnt und Gemeinderatsbeschlüsse vorbereitet“, sagt sie.

Der Stammtisch trifft sich weiter donnerstags ab 19 Uhr. Auch der Gesangverein probt wieder im Saal.

Wer noch Anteile zeichnen möchte, kann das bis Ende März im Rathaus tun. Eine erste Mitgliederversammlung ist für Juni geplant.
"""),

dict(id="h20-de-002", lang="de", tpl="chunks", section="Verbraucher", date="2026-04-14", byline="Katrin Seuberth",
     title="Abo nach der Probewoche: Verbraucherzentrale mahnt Fitness-App ab",
     sub="Mehr als 80 Betroffene haben sich gemeldet.",
     standfirst="Nach einer Gratiswoche wurden 119,99 Euro abgebucht – ohne klaren Hinweis, sagen Verbraucherschützer.",
     caption="Die Beratungsstelle der Verbraucherzentrale in Gelnhausen.", credit="Foto: Katrin Seuberth",
     body="""
Die Verbraucherzentrale hat den Anbieter einer Fitness-App abgemahnt, weil er Nutzer nach einer kostenlosen Probewoche ohne deutlichen Hinweis in ein Jahresabo für 119,99 Euro gelockt haben soll.

Bei der Beratungsstelle in Gelnhausen hatten sich seit Januar mehr als 80 Betroffene gemeldet. Viele bemerkten die Abbuchung erst auf dem Kontoauszug.

## Was die Verbraucherschützer bemängeln

Nach Ansicht der Verbraucherzentrale verstößt die App gegen mehrere Vorschriften. Der Knopf zum Abschluss des Probezeitraums trage nur die Aufschrift „Weiter“ statt eines klaren Hinweises auf die Zahlungspflicht. Zudem fehle ein leicht auffindbarer Kündigungsbutton.

„Ein Abo muss man mit zwei Klicks wieder loswerden können“, sagt die Juristin Sabine Kreuter.

## Tipps für Betroffene

Die Verbraucherzentrale rät:

- der Abbuchung schriftlich zu widersprechen;
- Screenshots vom Bestellvorgang zu sichern;
- eine Lastschrift innerhalb von acht Wochen über die Bank zurückzuholen.

Abonnieren sollte man grundsätzlich nur, was man schon ausprobiert hat, und sich das Ende der Probezeit im Kalender notieren.

Der Anbieter hat bis Ende des Monats Zeit, eine Unterlassungserklärung abzugeben. Andernfalls will die Verbraucherzentrale klagen.

Eine Stellungnahme des Unternehmens lag bis zum Abend nicht vor.
"""),

dict(id="h20-de-003", lang="de", tpl="fusion", section="Justiz", date="2026-09-09", byline="Florian Maierhofer",
     title="Foto ohne Namensnennung: Stadt muss Fotografen 2300 Euro zahlen",
     sub="Das Bild der Illerbrücke stand jahrelang ohne Urhebervermerk auf der Stadtseite.",
     standfirst="Die Lizenz erlaubte die Nutzung – aber nur mit Namen. Das Amtsgericht gibt dem Fotografen recht.",
     caption="Die Illerbrücke im Abendlicht.", credit="Foto: Florian Maierhofer",
     body="""
Die Stadt Hohenried muss einem Fotografen 2300 Euro zahlen, weil sie eines seiner Bilder jahrelang ohne Namensnennung auf ihrer Internetseite verwendet hat. Das hat das Amtsgericht entschieden.

Das Foto zeigt die Illerbrücke im Abendlicht. Der Fotograf Tobias Rüdiger hatte es 2018 auf einer Bilderplattform unter einer freien Lizenz veröffentlicht. Die Lizenz erlaubt die Nutzung, verlangt aber, dass der Urheber genannt wird.

## Namensnennung ist Pflicht

Die Stadt hatte das Bild auf der Seite des Tourismusbüros und in einem Faltblatt verwendet. Einen Hinweis auf den Fotografen gab es nirgends.

„Wer ein Foto nutzt, muss den Fotografen nennen. Das ist keine Formsache“, sagte die Richterin in der Urteilsbegründung.

Rüdiger betont, es sei ihm nicht ums Geld gegangen. Er habe die Stadt zunächst nur gebeten, seinen Namen zu ergänzen.

„Ich habe drei Mails geschrieben. Es kam nie eine Antwort“, sagt er.

## Stadt räumt Fehler ein

Ein Sprecher der Stadt sagte, man habe das Bild inzwischen mit dem Hinweis „Foto: Tobias Rüdiger“ versehen. Künftig sollen alle Bilder vor der Veröffentlichung von der Pressestelle geprüft werden.

Der Berufsverband der Fotografen rät Kommunen und Vereinen:

- bei jedem Bild die Lizenz zu prüfen;
- den Urheber direkt unter dem Foto zu nennen;
- im Zweifel vorher um Erlaubnis zu fragen.

Gegen das Urteil kann die Stadt noch Berufung einlegen.
"""),

dict(id="h20-fr-001", lang="fr", tpl="quintype", section="Vie locale", date="2026-10-13", byline="Aurélie Cazaux",
     title="Saint-Félix-des-Pins tourne la page de son bulletin municipal papier",
     sub="Après 38 ans dans les boîtes aux lettres, le journal de la commune devient une lettre d'information par courriel.",
     caption="La mairie de Saint-Félix-des-Pins.", credit="Photo : Aurélie Cazaux",
     body="""
Après 38 ans de distribution dans les boîtes aux lettres, le bulletin municipal de Saint-Félix-des-Pins passera au numérique en janvier. Le conseil municipal a voté la mesure mardi soir, par 17 voix contre 6.

Le journal trimestriel, imprimé à 2 900 exemplaires, coûtait près de 14 000 euros par an à la commune, distribution comprise.

## Une lettre mensuelle par courriel

Il sera remplacé par une lettre d'information envoyée chaque mois par courriel. Les habitants devront s'inscrire eux-mêmes : la mairie ne peut pas utiliser les adresses recueillies pour d'autres démarches sans le consentement des intéressés.

« On ne va pas inonder les boîtes mail des gens sans leur demander leur avis », a expliqué l'adjointe à la communication, Sandrine Vidal.

## Des exemplaires papier à disposition

Pour les habitants qui n'ont pas internet, une version imprimée restera disponible :

- à l'accueil de la mairie ;
- à la médiathèque ;
- dans les deux boulangeries du village.

L'opposition a dénoncé une décision « qui oublie les aînés ». Son chef de file, Michel Aubert, a rappelé qu'un habitant sur quatre a plus de 70 ans.

« Mon père lisait le bulletin de la première à la dernière page », a-t-il lancé en séance.

S'abonner à la lettre sera possible dès décembre sur le site de la commune ou à l'accueil de la mairie.
"""),

dict(id="h20-fr-002", lang="fr", tpl="blox", section="Sports", date="2026-04-26", byline="Damien Rouquette",
     title="Handball : Millau-Causses en finale régionale pour la première fois",
     sub="Menés de quatre buts à la pause, les Millavois ont renversé Rodez (29-27).",
     caption="Le gardien Théo Castanier, auteur de 14 arrêts.", credit="Photo : Damien Rouquette",
     body="""
Pour la première fois de son histoire, le HBC Millau-Causses disputera la finale de la coupe régionale. Les Millavois se sont imposés samedi 29-27 face à Rodez, au terme d'un match tendu jusqu'aux dernières secondes.

Menés de quatre buts à la pause, les joueurs de l'entraîneur Karim Benali ont renversé la rencontre grâce à une défense plus agressive et à leur gardien, Théo Castanier, auteur de 14 arrêts.

« On a changé de défense à la mi-temps et tout le monde a joué le jeu », a résumé Benali.

## Une salle comble

Le gymnase Jean-Moulin affichait complet, avec près de 800 spectateurs. Le club avait installé un écran dans le hall pour ceux qui n'avaient pas pu entrer.

Le président du club, Alain Fabre, a salué « une soirée comme on en vit une fois tous les dix ans ».

## Rendez-vous à Toulouse

La finale aura lieu le 17 mai à Toulouse. Le club organise un déplacement en car et propose :

- des places à 12 euros pour les licenciés ;
- un tarif famille à 30 euros ;
- la gratuité pour les moins de 12 ans.

Les réservations se font au secrétariat du club, le mercredi après-midi.

Le meilleur buteur de la soirée, Lucas Marty, auteur de 9 buts, restait prudent.

« On n'a encore rien gagné. »

Le club est en contact avec la mairie pour organiser la retransmission de la finale sur grand écran.
"""),

dict(id="h20-fr-003", lang="fr", tpl="drupal", section="Numérique", date="2026-12-03", byline="Nadia Ferhat",
     title="Cookies déposés sans accord : 57 000 euros d'amende pour une plateforme de gîtes",
     sub="Refuser les traceurs demandait de passer par trois écrans de réglages.",
     caption="La page d'accueil de la plateforme, avant la correction du bandeau.", credit="Capture d'écran",
     body="""
L'autorité de protection des données a infligé une amende de 57 000 euros à une plateforme ardéchoise de réservation de gîtes, qui déposait des cookies publicitaires sur l'ordinateur des internautes avant même qu'ils aient donné leur accord.

L'enquête avait été ouverte après la plainte d'un utilisateur, qui avait constaté qu'une dizaine de traceurs étaient activés dès l'ouverture de la page d'accueil.

## Un bandeau trompeur

Selon la décision, le bandeau affiché par le site ne proposait qu'un bouton « J'accepte » bien visible, tandis que le refus obligeait à passer par trois écrans de paramétrage.

« Refuser doit être aussi simple qu'accepter », rappelle l'autorité dans sa délibération.

Elle reproche aussi à la plateforme d'avoir conservé les données de navigation pendant cinq ans, sans justification.

## La plateforme conteste

Le dirigeant de la société, Frédéric Chabert, juge la sanction « disproportionnée » pour une entreprise de onze salariés.

« Nous avons corrigé le bandeau en quinze jours », assure-t-il.

## Ce que dit la règle

Pour être valable, le consentement aux cookies publicitaires doit être :

- libre, sans menace de bloquer l'accès au site ;
- spécifique à chaque finalité ;
- recueilli avant le dépôt des traceurs.

Lire la délibération permet de mesurer l'attention que l'autorité porte désormais aux petites entreprises du tourisme, un secteur où les contrôles se multiplient.

La société dispose de deux mois pour former un recours devant le Conseil d'État.
"""),

dict(id="h20-es-001", lang="es", tpl="wordpress", section="Comarca", date="2026-03-24", byline="Elena Lahuerta",
     title="La biblioteca de Villanueva del Jiloca ya presta semillas",
     sub="Los vecinos se llevan tomate rosa o judía pinta y devuelven parte de la cosecha en otoño.",
     caption="El antiguo fichero de madera convertido en banco de semillas.", credit="Foto: Elena Lahuerta",
     body="""
La biblioteca municipal de Villanueva del Jiloca ya no solo presta libros. Desde este mes, los vecinos pueden llevarse también sobres de semillas de tomate, judía o calabaza, con el compromiso de devolver una parte de la cosecha en otoño.

La idea partió de un grupo de hortelanos jubilados que temían que se perdieran variedades locales, como el tomate rosa de la vega o la judía pinta del valle.

## Un fichero lleno de semillas

El banco de semillas ocupa un antiguo fichero de madera junto a la sala infantil. Cada cajón corresponde a una especie. Para llevarse semillas basta con el carné de la biblioteca.

Los usuarios se comprometen a:

- anotar en una ficha dónde y cuándo siembran;
- dejar que algunas plantas lleguen a semilla;
- devolver al menos el doble de lo que se llevaron.

## Primeras cifras

En las dos primeras semanas se han prestado 212 sobres. La bibliotecaria, Marta Lahoz, reconoce que no esperaba tanta demanda.

"Vienen abuelos con sus nietos a elegir la calabaza más grande", cuenta.

Uno de los impulsores, Fermín Gracia, de 78 años, guarda semillas de su padre desde 1971.

"Si no las siembra nadie, se acaban."

La biblioteca está en contacto con otras de la comarca para intercambiar variedades, y prepara un taller sobre cómo secar y guardar las semillas, previsto para septiembre.
"""),

dict(id="h20-es-002", lang="es", tpl="amp", section="Sucesos", date="2026-01-11", byline="Javier Mula",
     title="Rescatados dos senderistas tras pasar la noche perdidos en Sierra Espuña",
     sub="Padre e hijo aguantaron la niebla a 1.300 metros con el móvil casi sin batería.",
     caption="El equipo de rescate, al amanecer, junto a la antigua casa forestal.", credit="Foto: 112 Región de Murcia",
     low=1, only=["correction"],
     correction="Fe de erratas: en una primera versión de esta noticia se decía que el hijo tenía 17 años. Tiene 19.",
     body="""
Dos senderistas fueron rescatados en la madrugada del domingo en Sierra Espuña tras pasar la noche desorientados a más de 1.300 metros de altitud, con temperaturas cercanas a los cero grados.

Los excursionistas, un hombre de 54 años y su hijo de 19, habían salido el sábado por la mañana para completar una ruta circular de 18 kilómetros. Al caer la tarde, la niebla les impidió encontrar el sendero de vuelta.

## Una llamada con poca batería

Hacia las nueve de la noche llamaron al 112. El teléfono del padre tenía menos del diez por ciento de batería, así que los operadores les pidieron que lo apagaran y lo encendieran cada media hora.

"Gracias a eso pudimos seguir en contacto con ellos toda la noche", explicó el jefe del grupo de rescate, Andrés Mula.

Un equipo de bomberos forestales y agentes medioambientales los localizó a las tres de la madrugada en una zona de pinar, junto a una antigua casa forestal.

## Sanos y salvos

Ambos presentaban síntomas leves de hipotermia y fueron trasladados al centro de salud más cercano, del que salieron a media mañana.

"Pensábamos que conocíamos la sierra", reconoció el padre.

## Consejos para la montaña

Los servicios de emergencia recuerdan algunas precauciones básicas:

- consultar la previsión antes de salir;
- llevar batería externa y ropa de abrigo;
- avisar a alguien del recorrido y de la hora prevista de regreso.

Es el cuarto rescate en Sierra Espuña en lo que va de año.
"""),

dict(id="h20-es-003", lang="es", tpl="gutenberg", section="Educación", date="2026-11-04", byline="Rocío Abellán",
     title="Multa de 12.000 euros a un colegio por publicar fotos de alumnos sin permiso",
     sub="La autorización firmada en la matrícula no cubría las redes sociales, según la resolución.",
     caption="Entrada del colegio sancionado.", credit="Foto: Rocío Abellán",
     body="""
La autoridad de protección de datos ha multado con 12.000 euros a un colegio concertado por publicar en sus redes sociales fotografías de alumnos de infantil sin el consentimiento de sus familias.

La denuncia la presentó una madre que encontró a su hija de cuatro años en un vídeo de la fiesta de fin de curso publicado en Instagram, con su nombre escrito en la pantalla.

## Autorizaciones de hace años

El colegio alegó que las familias habían firmado una autorización al matricular a sus hijos. La resolución considera, sin embargo, que aquel documento era genérico, no mencionaba las redes sociales y no permitía a los padres elegir.

"Un papel firmado en 2019 no sirve para todo lo que se publique después", señala la resolución.

## Qué deben hacer los centros

Según los expertos consultados, los colegios deberían:

- pedir un consentimiento específico para cada uso de las imágenes;
- permitir que las familias retiren la autorización en cualquier momento;
- evitar que aparezcan nombres junto a las fotos.

## El colegio recurrirá

La dirección del centro anunció que recurrirá la multa, aunque ha retirado todas las fotografías de sus perfiles.

"Nunca quisimos hacer daño a nadie", aseguró el director, Joaquín Serrano.

La madre que denunció dice sentirse aliviada. "Solo pedía que me preguntaran."

Compartir fotos de menores en redes sociales se ha convertido en la principal causa de reclamaciones de familias ante la autoridad de datos en la región.
"""),

dict(id="h20-ru-001", lang="ru", tpl="dle", site="Лесогорск Онлайн", section="Город", date="2026-05-14",
     byline="Ирина Соколова",
     title="Пешеходный мост через Быструю закрыли на ремонт до конца сентября",
     sub="Жителям Заречного предлагают понтонный переход и частый автобус.",
     caption="Пешеходный мост через Быструю перед началом работ.", credit="Фото: Ирина Соколова",
     body="""
В Лесогорске начался капитальный ремонт пешеходного моста через реку Быструю, который соединяет микрорайон Заречный с центром города. Работы продлятся до конца сентября, всё это время мост будет закрыт.

Мост построили в 1974 году. При обследовании прошлой осенью специалисты нашли трещины в двух опорах и сильную коррозию металлических балок.

## Как будут добираться жители

На время ремонта подрядчик установит временный понтонный переход в 300 метрах ниже по течению. Администрация обещает, что он будет освещён и открыт круглосуточно.

Кроме того, с 1 июня:

- автобус № 7 будет ходить каждые 15 минут вместо 30;
- для школьников Заречного организуют бесплатный подвоз;
- у понтона появятся пост охраны и аптечка.

## Почему летом

На публичных слушаниях в апреле жители Заречного собрали больше 600 подписей с просьбой не закрывать мост летом, но перенести работы на осень подрядчик отказался.

> Мы понимаем, что людям неудобно. Но если не сделать ремонт сейчас, через два года мост придётся закрывать насовсем.

Так объяснил решение заместитель главы города по ЖКХ Сергей Кротов.

Пенсионерка Валентина Ершова ходит по мосту на рынок каждый день.

«Понтон так понтон. Лишь бы не качало», — говорит она.

Стоимость работ — 38,6 млн рублей, деньги выделены из областного бюджета.
"""),

dict(id="h20-ru-002", lang="ru", tpl="bitrix", section="ЖКХ", date="2026-02-26", byline="Павел Ложкин",
     title="Водоканал Прикамска будет предупреждать об отключениях воды через Telegram-бот",
     sub="За первую неделю на уведомления подписались больше четырёх тысяч горожан.",
     caption="Диспетчерская водоканала.", credit="Фото: Павел Ложкин",
     body="""
Водоканал Прикамска запустил Telegram-бот, который заранее сообщает жителям о плановых отключениях воды и авариях на сетях. Подписаться на уведомления можно по номеру дома или по улице.

Раньше о ремонтах предупреждали только объявлениями на подъездах, которые, по признанию самих коммунальщиков, часто срывали или вешали с опозданием.

## Как это работает

После подписки бот присылает сообщение за сутки до планового отключения и сразу после аварии. В сообщении указывают:

- адреса, где не будет воды;
- время начала и окончания работ;
- где стоят автоцистерны с питьевой водой.

За первую неделю ботом воспользовались больше 4 тысяч человек.

«Теперь я узнаю об отключении раньше, чем соседи начнут звонить», — смеётся жительница улицы Гагарина Ольга Мельникова.

## Не у всех есть смартфон

Пожилым жителям предлагают подписаться на СМС-рассылку: для этого достаточно позвонить в диспетчерскую. Объявления на подъездах тоже никуда не денутся.

«Бумажные объявления останутся, пока они нужны людям», — пообещал директор водоканала Алексей Шубин.

В водоканале добавили, что персональные данные подписчиков не передаются третьим лицам, а отписаться от рассылки можно одной командой.
"""),

dict(id="h20-ru-003", lang="ru", tpl="ghost", section="Культура", date="2026-10-22", byline="Дарья Кузьмичёва",
     title="В музее Заозерья показали 120 снимков фотографа районной газеты",
     sub="Негативы Николая Вершинина нашлись в гараже, в коробках из-под обуви.",
     caption="Посетители у стенда с фотографиями наводнения 1979 года.", credit="Фото: Дарья Кузьмичёва",
     body="""
В краеведческом музее Заозерья открылась выставка снимков Николая Вершинина, который больше сорока лет работал фотографом районной газеты. Большую часть из 120 фотографий никогда раньше не показывали.

Негативы нашла его внучка Анна Вершинина, когда разбирала гараж деда после его смерти в 2024 году. Плёнки лежали в коробках из-под обуви, подписанные от руки.

## Сорок лет в кадре

На снимках — открытие моста в 1968 году, первый выпуск сельхозтехникума, очереди за арбузами на рынке, свадьбы, проводы в армию и наводнение 1979 года.

«Дед говорил: фотограф должен приходить раньше всех и уходить последним», — вспоминает Анна.

Музей отсканировал около трёх тысяч кадров. Оцифровку оплатил районный фонд культурных инициатив.

## Узнать себя на фото

Сотрудники музея просят посетителей помочь с подписями. Рядом с каждым стендом лежит тетрадь, куда можно записать:

- кто изображён на снимке;
- где и когда он мог быть сделан;
- как связаться с автором подсказки.

За первую неделю посетители узнали на фотографиях больше 70 человек, в том числе самих себя.

«Я нашла себя в первом классе», — говорит учительница Галина Светлова.

Права на снимки принадлежат семье фотографа, она разрешила музею использовать их бесплатно. Выставка продлится до 30 ноября.
"""),
]
