# Turkish, German, French, Spanish and Russian stories for the eighty-first held-out part (h81-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h81_en.py.
ARTICLES = [
dict(id="h81-tr-001", lang="tr", tpl="wordpress", section="Belediye", date="2026-05-12", byline="Serpil Karakoyun",
     title="Belediye fare ve hamamböceği ilaçlamasını evlerde de yapacak",
     sub="Kamışova Belediyesi, bugüne kadar yalnızca sokaklarda yaptığı ilaçlamayı randevuyla konutlara taşıyor.",
     caption="Belediye ilaçlama ekibi bir apartmanın bodrum katında.", credit="Fotoğraf: Serpil Karakoyun",
     carry=["pestcontrol"],
     look=[("dropcap", "Fotoğrafını çekip gönderen")],
     body="""
Fotoğrafını çekip gönderen yüzlerce vatandaşın şikâyeti sonunda karşılık buldu: Kamışova Belediyesi, haziran ayından itibaren evlerde ve apartman bodrumlarında da fare ve hamamböceği ilaçlaması yapacak.

Belediye bugüne kadar yalnızca sokaklarda, parklarda ve kanal kenarlarında ilaçlama yapıyordu. Evlerdeki sorunlar için vatandaşlar özel firmalara yönlendiriliyordu.

## Randevuyla ve düşük ücretle

Yeni uygulamada ilaçlama randevuyla yapılacak. Müstakil evler için 250 lira, apartman bodrumları için yönetim başına 600 lira ücret alınacak. Altmış beş yaş üstü vatandaşlar, engelliler ve sosyal yardım alan aileler ücret ödemeyecek.

Çevre Koruma Müdürü Orhan Tezcan, geçen yıl belediyeye 1.870 fare şikâyeti geldiğini söyledi.

"Kanal boyundaki mahallelerde fare sorunu özellikle sonbaharda artıyor. Bir apartman ilaçlatıp yanındaki ilaçlatmayınca sorun çözülmüyor, bu yüzden bütün sokağı birlikte ele alacağız," dedi.

## Ekip büyüyor

Belediye, ilaçlama ekibine iki yeni personel ve bir araç ekledi. Ekip hafta içi her gün 08.00 ile 17.00 arasında çalışacak.

Kanal kenarında oturan Hatice Dönmez, iki yıldır bodrumlarında fare gördüklerini söyledi.

"Özel firmaya 1.500 lira verdik, bir ay sonra yine geldiler. Belediye bütün sokağı yaparsa belki kurtuluruz," dedi.

Randevular Beyaz Masa'dan ya da belediyenin internet sitesinden alınabilecek.
"""),

dict(id="h81-tr-002", lang="tr", tpl="amp", section="Yaşam", date="2026-09-08", byline="Kenan Sarıgül",
     title="Köyün son nalbantı: 'Atlar azaldı, ben hâlâ buradayım'",
     sub="Yetmiş iki yaşındaki Hüsnü Koçer, 55 yıldır Yukarıçayır'da at nalı çakıyor.",
     caption="Hüsnü Koçer dükkânının önünde.", credit="Fotoğraf: Kenan Sarıgül",
     body="""
Yukarıçayır köyünün girişindeki küçük taş dükkânda çekiç sesi hâlâ duyuluyor. Hüsnü Koçer, 17 yaşında babasının yanında başladığı nalbantlığı 55 yıldır sürdürüyor. Kendisiyle mesleğini konuştuk.

**Kaç at nalladınız?**

Saymadım ama binlerce. Eskiden köyde her evde bir at vardı. Tarlaya atla gidilirdi, pazara atla gidilirdi.

**Şimdi kaç at kaldı?**

Köyde dokuz. Çevre köylerle birlikte belki otuz. Bir de yayla turizmi için at besleyenler var, onlar da bana geliyor.

**Hiç tekme yediniz mi?**

Üç kere. Birinde kaburgam kırıldı. Atı suçlamadım, ben dikkatsizdim.

**Bu işi kimse öğrenmek istemiyor mu?**

Geçen yıl ilçeden bir genç geldi, iki ay çıraklık yaptı. Şimdi şehirde bir binicilik kulübünde çalışıyor. Ona kızmıyorum, orada sigortası var.

**Eski günlerden en çok neyi özlüyorsunuz?**

Bayram sabahlarını. Düğün atları süslenirdi, kapımın önünde kuyruk olurdu.

**Bir atın nalı ne kadar dayanıyor?**

Toprak yolda gezen atın nalı iki ay dayanır. Asfaltta daha çabuk aşınır. Yazın yayla yolundaki atlara ayda bir bakıyorum.

**Ne zamana kadar çalışacaksınız?**

Elim çekici tuttuğu sürece.

Hüsnü Usta'nın dükkânı pazar hariç her gün sabah yedide açılıyor.
"""),

dict(id="h81-tr-003", lang="tr", tpl="drupal", section="Kent", date="2026-04-21", byline="Derya Yamaçlı",
     title="Kaldırıma moloz konteyneri koymak artık izne bağlı",
     sub="Belediye meclisi, yol ve kaldırıma bırakılan konteyner ve iskeleler için yeni bir yönetmelik kabul etti.",
     caption="Bir tadilat sırasında kaldırıma bırakılmış moloz konteyneri.", credit="Fotoğraf: Derya Yamaçlı",
     carry=["skippermits"],
     look=[("box", "İzinsiz bırakılan konteynerler")],
     body="""
Kamışova'da tadilat yaptıranlar, kapılarının önüne moloz konteyneri koymadan önce artık belediyeden izin almak zorunda olacak.

Belediye meclisi nisan oturumunda kabul ettiği yönetmelikle, yol ve kaldırımlara bırakılan konteynerler ile cephe iskeleleri için izin ve harç zorunluluğu getirdi.

Fen İşleri Müdürü Nihat Çağlayan, son iki yılda kaldırımı kapatan konteynerler yüzünden yayaların araç yoluna inmek zorunda kaldığını söyledi.

"Bebek arabasıyla, tekerlekli sandalyeyle yürüyen vatandaşlarımız haftalarca yola çıkmak zorunda kaldı. Bazı konteynerler iki ay boyunca kaldırılmadı," dedi.

Yönetmeliğe göre konteyner izni bir hafta için verilecek ve en fazla üç hafta uzatılabilecek. İskele izinleri ise inşaatın süresine göre aylık olarak düzenlenecek. Konteynerlerin gece görülebilmesi için üzerlerine reflektör takılması da zorunlu.

İzinsiz bırakılan konteynerler, sahibine bildirildikten 24 saat sonra belediye tarafından kaldırılacak ve masraf sahibinden alınacak.

Konteyner kiralayan firma sahibi Sedat Ergüven, düzenlemeyi olumlu bulduğunu söyledi.

"Kurallar belli olursa biz de müşteriye en baştan anlatırız. Önemli olan iznin hızlı çıkması," dedi. Ergüven, firmasının her ay ilçede yaklaşık kırk konteyner kiraladığını da ekledi.

Yönetmelik 1 Haziran'da yürürlüğe girecek.
"""),

dict(id="h81-de-001", lang="de", tpl="sanity", section="Stadt", date="2026-06-03", byline="Carola Wendehorst",
     title="Container und Gerüste auf dem Gehweg werden teurer",
     sub="Die Stadt Riedhausen verlangt künftig eine Gebühr pro Woche statt einer Pauschale.",
     caption="Ein Bauschuttcontainer vor einem Altbau in der Mühlenstraße.", credit="Foto: Carola Wendehorst",
     carry=["skippermits"],
     look=[("dropcap", "Wer in Riedhausen sein Dach")],
     body="""
Wer in Riedhausen sein Dach decken oder das Bad herausreißen lässt, muss für den Container vor der Tür bald tiefer in die Tasche greifen.

Der Stadtrat hat am Dienstag eine neue Gebührenordnung für die Sondernutzung öffentlicher Straßen beschlossen. Bisher kostete die Genehmigung für einen Container auf Gehweg oder Parkstreifen pauschal 35 Euro, egal wie lange er stand. Künftig werden 20 Euro pro angefangener Woche fällig.

Für Baugerüste auf dem Gehweg steigt die Gebühr von 60 Euro auf 2 Euro pro Quadratmeter und Monat.

Ordnungsamtsleiter Frank Imhoff begründete die Änderung mit Containern, die monatelang stehen blieben.

„In der Altstadt hatten wir einen Container, der elf Wochen lang drei Parkplätze belegt hat, für 35 Euro. Das war niemandem mehr zu erklären", sagte er.

Die Handwerkerschaft sieht das gelassener als befürchtet. Dachdeckermeister Jörg Brandhorst sagte, für normale Baustellen von ein, zwei Wochen ändere sich kaum etwas.

Kritik kam von der Fraktion der Freien Wähler. Sie hatte vergeblich beantragt, Container für Entrümpelungen nach Todesfällen von der Gebühr auszunehmen.

Die neue Gebührenordnung gilt ab dem 1. August. Anträge müssen wie bisher mindestens zehn Tage vor dem Aufstellen beim Ordnungsamt eingehen.
"""),

dict(id="h81-de-002", lang="de", tpl="fusion", section="Lokales", date="2026-10-19", byline="Till Oberwelland",
     title="Repair-Café feiert die tausendste Reparatur",
     sub="Seit 2021 bringen Menschen aus Riedhausen kaputte Geräte ins Gemeindehaus. Am Samstag war es ein Toaster.",
     caption="Ehrenamtliche im Repair-Café im Gemeindehaus St. Jakobi.", credit="Foto: Till Oberwelland",
     carry=["repaircafe"],
     look=[("factbox", "Das Repair-Café in Zahlen")],
     body="""
Es war ein Toaster, Baujahr 1987, mit einem lockeren Kontakt. Um kurz nach elf am Samstag hielt Elektriker im Ruhestand Bernd Köhnke ihn hoch, drückte den Hebel herunter, und die Heizdrähte glühten. Damit hat das Repair-Café in Riedhausen die tausendste erfolgreiche Reparatur geschafft.

Die Besitzerin, Gisela Marquardt, hatte den Toaster zur Hochzeit geschenkt bekommen.

„Einen neuen hätte ich mir kaufen können. Aber der hier hat fast vierzig Jahre Frühstück gemacht", sagte sie.

Das Repair-Café wurde 2021 von einer Handvoll Nachbarn gegründet, die sich über die Müllberge beim Sperrmüll ärgerten. Heute helfen 23 Ehrenamtliche mit.

## Das Repair-Café in Zahlen

- 1.000 erfolgreiche Reparaturen seit 2021
- 23 Ehrenamtliche, die älteste 81 Jahre alt
- rund 1,4 Tonnen Geräte, die nicht im Müll gelandet sind
- häufigster Fall: Kaffeemaschinen

Bezahlt wird nichts, eine Spendendose steht auf dem Tisch. Ersatzteile müssen die Gäste selbst kaufen.

Organisatorin Annette Rüdiger sucht vor allem Menschen, die mit Nähmaschinen umgehen können.

„Wir haben mehr kaputte Reißverschlüsse als Leute, die sie wechseln können", sagte sie.
"""),

dict(id="h81-de-003", lang="de", tpl="medium", site="Hinterhof Nord", kind="indie",
     section="Nachbarschaft", date="2026-07-07", byline="Mira Stellmacher",
     title="Die Telefonzelle an der Ecke ist jetzt eine Bücherei",
     sub="Seit der Hörer weg ist, stehen Krimis im Regal. Ein Besuch in der kleinsten Bibliothek des Viertels.",
     caption="Die umgebaute Telefonzelle an der Ecke Lindenweg und Kanalstraße.", credit="Foto: Mira Stellmacher",
     look=[("bold", "Es gibt keine Öffnungszeiten."), ("italic", "„Man nimmt eins, man bringt eins.“")],
     body="""
Folgen Sie dem Lindenweg bis zum Kanal, dann sehen Sie sie schon: eine gelbe Telefonzelle, in der statt eines Telefons vier Regalbretter voller Bücher hängen.

Bis 2019 konnte man hier noch telefonieren. Dann baute die Telekom den Apparat ab, und die Zelle stand zwei Jahre leer, bis der Nachbarschaftsverein sie für einen symbolischen Euro kaufte.

**Wie es anfing**

Die Idee hatte Reinhild Apel, pensionierte Deutschlehrerin aus dem Haus gegenüber. Sie strich die Zelle, ließ von einem Schreiner Regale einbauen und stellte die ersten hundert Bücher aus ihrem eigenen Keller hinein.

„Man nimmt eins, man bringt eins.“

Das ist die einzige Regel.

Es gibt keine Öffnungszeiten.

**Was im Regal steht**

Am meisten gehen Krimis und Kinderbücher. Kochbücher bleiben dagegen oft monatelang stehen. Einmal lag eine komplette Brockhaus-Ausgabe in 24 Bänden davor, die nach einer Woche verschwunden war.

Jeden Sonntag sortiert Reinhild Apel aus, was nass geworden oder zerfleddert ist. Dabei hilft ihr inzwischen ihr Enkel.

„Er liest nicht viel, aber er ordnet gerne nach Farben", sagt sie.

Wer Bücher in größeren Mengen abgeben möchte, soll vorher beim Nachbarschaftsverein Bescheid sagen, damit die Zelle nicht überquillt.
"""),

dict(id="h81-fr-001", lang="fr", tpl="typo3", site="Commune de Saint-Aubert-des-Marais", kind="public",
     section="Vie locale", date="2026-01-20", byline="Service communication",
     title="Le Repair Café reprend ses permanences à la médiathèque",
     sub="Après une pause de trois mois, les bénévoles réparent de nouveau petits appareils, vêtements et vélos un samedi par mois.",
     caption="Un bénévole du Repair Café répare une lampe de chevet.", credit="Photo : commune de Saint-Aubert-des-Marais",
     carry=["repaircafe"],
     body="""
Le Repair Café de Saint-Aubert-des-Marais rouvre ses portes le samedi 7 février, dans la salle d'animation de la médiathèque Jean-Rostand.

Les permanences avaient été suspendues à l'automne, le temps de refaire l'installation électrique de l'ancienne salle des associations, devenue trop vétuste pour accueillir des appareils en réparation.

## Comment ça marche

Le principe ne change pas. Les habitants apportent un objet en panne et le réparent avec l'aide d'un bénévole. Le service est gratuit. Seules les pièces détachées restent à la charge du propriétaire.

On peut venir avec :

- du petit électroménager : grille-pain, bouilloire, aspirateur, sèche-cheveux
- des vêtements à recoudre ou à raccommoder
- des vélos et des trottinettes non électriques
- des jouets et des lampes

En 2025, l'équipe a accueilli 340 objets, dont près de deux sur trois sont repartis en état de marche.

## Des bénévoles recherchés

L'association compte aujourd'hui quatorze bénévoles et cherche en priorité des couturières et des personnes à l'aise avec l'électronique.

Le maire, Bernard Lestrade, a salué « une initiative qui fait baisser le volume de nos déchets et qui crée du lien entre les générations ».

Les permanences ont lieu le premier samedi du mois, de 9 h 30 à 12 h 30. Les personnes intéressées pour rejoindre l'équipe peuvent s'adresser à l'accueil de la mairie.
"""),

dict(id="h81-fr-002", lang="fr", tpl="regional", section="Commerce", date="2026-03-24", byline="Laetitia Grandjouan",
     title="Après deux ans sans pain, Vauclerc retrouve sa boulangerie",
     sub="Un jeune couple a repris le fournil fermé depuis le départ à la retraite de l'ancien boulanger.",
     caption="Élodie et Romain Faucheux derrière leur comptoir.", credit="Photo : Laetitia Grandjouan",
     body="""
Suivez l'odeur du pain chaud dans la grand-rue de Vauclerc, ce mardi matin, et vous tomberez sur une file d'attente qui déborde sur le trottoir.

Pour la première fois depuis avril 2024, le village a de nouveau une boulangerie. Élodie et Romain Faucheux, 29 et 31 ans, ont repris le fournil resté fermé depuis le départ à la retraite de Gérard Poisson.

**Un village sans pain**

Pendant deux ans, les 900 habitants ont dû faire six kilomètres jusqu'à Montrieux ou se contenter du dépôt de pain de l'épicerie, livré une fois par jour.

« Les personnes âgées ont été les plus touchées. Certaines ne mangeaient plus que du pain de mie », raconte la maire, Sylvie Carpentier.

La commune a racheté les murs et refait le fournil pour 85 000 euros, avec l'aide du département. Le couple paie un loyer modéré.

**Le pari d'un jeune couple**

Romain a appris le métier à Tours, Élodie tenait une boutique de vêtements. Ils cherchaient une affaire à reprendre à la campagne depuis un an.

« Ici, on savait que les gens attendaient. C'est rassurant », dit Romain, qui se lève à trois heures.

Le premier jour, ils ont vendu 420 baguettes avant midi.

La boulangerie est ouverte du mardi au dimanche, de 6 h 30 à 13 heures et de 16 heures à 19 h 30.
"""),

dict(id="h81-fr-003", lang="fr", tpl="semantic", section="Sport", date="2026-06-15", byline="Antoine Delaborde",
     title="Cent ans de boules à la Pétanque vauclercoise",
     sub="Le club, fondé en 1926 par des cheminots, a fêté son centenaire avec un concours de 64 doublettes.",
     caption="Les joueurs sur le terrain du mail pendant le concours du centenaire.", credit="Photo : Antoine Delaborde",
     look=[("italic", "« On ne joue pas pour gagner, on joue pour finir la partie. »")],
     body="""
Contactés il y a un an par le comité départemental, les dirigeants de la Pétanque vauclercoise ont tout de suite accepté d'organiser un grand concours pour les cent ans du club. Samedi, 64 doublettes se sont affrontées sur le terrain du mail.

Le club a été fondé en 1926 par des employés de la gare de Vauclerc, qui jouaient alors à la longue, la boule lyonnaise. La pétanque n'y est arrivée qu'après la guerre.

Il compte aujourd'hui 58 licenciés, dont onze femmes et six jeunes de moins de 18 ans.

Ce que le club a prévu pour son centenaire :

- une exposition de photos anciennes à la salle des fêtes jusqu'à la fin du mois
- un livre de 80 pages écrit par deux anciens présidents
- la plantation d'un tilleul au bout du terrain

Le doyen, Marcel Vignaud, 91 ans, joue au club depuis 1948. Il a lancé le cochonnet de la première partie.

« On ne joue pas pour gagner, on joue pour finir la partie. »

Le concours a été remporté par une doublette de Montrieux, devant deux joueurs du club. Le président, Patrick Leroux, ne s'en formalise pas.

« Pour le centenaire, on a été polis. On gagnera l'année prochaine », a-t-il glissé.

L'exposition est ouverte le samedi et le dimanche de 14 heures à 18 heures. L'entrée est libre.
"""),

dict(id="h81-es-001", lang="es", tpl="generatepress", site="Crónica del Soto",
     section="Municipio", date="2026-04-28", byline="Nerea Villaseca",
     title="El Ayuntamiento tramitará en 48 horas los permisos para contenedores de obra",
     sub="Los vecinos que hagan reformas podrán pedir la ocupación de la vía pública por internet y pagarán por días.",
     caption="Un contenedor de escombros en la calle Real de Soto del Río.", credit="Foto: Nerea Villaseca",
     carry=["skippermits"],
     look=[("highlight", "Hasta ahora el trámite tardaba"), ("bold", "Ni un día más."),
           ("br", "Los andamios tendrán su propia tarifa.")],
     body="""
Quien vaya a reformar su casa en Soto del Río podrá tener en dos días el permiso para dejar un contenedor de escombros en la calle.

El Ayuntamiento ha aprobado una nueva ordenanza de ocupación de la vía pública que permite pedir la licencia por la sede electrónica y cobra la tasa por días, en lugar de por meses completos como hasta ahora.

Hasta ahora el trámite tardaba una media de doce días y había que hacerlo en persona en el registro. Muchos vecinos, reconoce el propio consistorio, ponían el contenedor sin esperar.

El concejal de Urbanismo, Julián Arredondo, lo resumió en el pleno:

Ni un día más.

«Queremos que la gente pida el permiso, y para eso el permiso tiene que ser fácil y rápido», explicó.

## Cuánto costará

La tasa será de 3 euros por día para un contenedor en la calzada y de 4 euros si ocupa la acera. Los contenedores deberán llevar bandas reflectantes y el nombre de la empresa.

Las obras de fachada también cambian.

Los andamios tendrán su propia tarifa. Pagarán 1,50 euros por metro cuadrado y mes.

La Policía Local podrá retirar a cargo del propietario los contenedores sin permiso o que sigan en la calle después de la fecha autorizada.

La ordenanza entrará en vigor cuando se publique en el boletín provincial, previsiblemente en junio.
"""),

dict(id="h81-es-002", lang="es", tpl="ghost", section="Cultura", date="2026-09-21", byline="Íñigo Pedraja",
     title="La Semana del Mayor llena el teatro con un coro de 70 voces",
     sub="Vecinos de entre 65 y 94 años cantaron boleros y jotas en la gala de apertura.",
     caption="El coro de la Semana del Mayor en el teatro Cervantes.", credit="Foto: Íñigo Pedraja",
     carry=["calendar"],
     look=[("callout", "Las entradas para el baile del sábado")],
     body="""
El teatro Cervantes de Soto del Río se quedó pequeño el domingo para la gala que abrió la Semana del Mayor, con un coro de 70 vecinos de entre 65 y 94 años.

El coro se formó en marzo, cuando el centro de día propuso ensayar unas canciones para la fiesta. Se apuntaron tantos que hubo que buscar un local más grande.

Cantaron boleros, dos jotas y, para terminar, un pasodoble que el público acabó coreando de pie.

La directora, Maite Urquiza, profesora de música jubilada, reconoce que los primeros ensayos fueron caóticos.

«Había quien no sabía leer una partitura y quien no había cantado en su vida fuera de la ducha. Y míralos», dijo.

La más veterana, Consuelo Ibarra, de 94 años, cantó un solo en la segunda parte.

La Semana del Mayor sigue hasta el domingo con una excursión al embalse, un campeonato de mus, una charla sobre cómo evitar estafas por teléfono y una comida popular en la plaza.

Las entradas para el baile del sábado se recogen gratis en el centro de día hasta agotar existencias.

El coro ya ha recibido una invitación para cantar en Navidad en la residencia de Villamar.
"""),

dict(id="h81-es-003", lang="es", tpl="storybody", section="Sociedad", date="2026-11-09", byline="Alba Cienfuegos",
     title="La biblioteca abre un taller de reparación para no tirar lo que aún sirve",
     sub="Un grupo de voluntarios arregla gratis tostadoras, lámparas y bicicletas un sábado al mes.",
     caption="Voluntarios del taller de reparación en la biblioteca municipal.", credit="Foto: Alba Cienfuegos",
     carry=["repaircafe"],
     body="""
La biblioteca municipal de Valdelobos ha estrenado un espacio poco habitual entre sus estanterías: un taller de reparación donde los vecinos pueden llevar aparatos estropeados y arreglarlos con ayuda de voluntarios.

La iniciativa sigue el modelo de los repair cafés que nacieron en Ámsterdam hace más de quince años y que se han extendido por toda Europa.

## Quiénes reparan

El grupo lo forman once voluntarios: un electricista jubilado, dos estudiantes de formación profesional, una modista, un mecánico de bicicletas y varios aficionados a la electrónica.

En la primera sesión, el sábado, pasaron por el taller 27 objetos. Se arreglaron 19, entre ellos una máquina de coser de los años setenta, cuatro lámparas y una radio.

El coordinador, Rubén Mazarías, explica que la idea no es solo ahorrar dinero.

«Queremos que la gente vea cómo está hecho lo que usa. Si aprendes a cambiar un enchufe, ya no lo tiras», dice.

## Qué se puede llevar

Se admiten pequeños electrodomésticos, ropa, juguetes, bicicletas y muebles pequeños, siempre que se puedan llevar en brazos. No se reparan teléfonos móviles ni aparatos de gas.

El servicio es gratuito, aunque los vecinos deben pagar las piezas de recambio si hacen falta.

El taller abrirá el segundo sábado de cada mes, de 10.00 a 13.30, en la sala infantil de la biblioteca.
"""),

dict(id="h81-ru-001", lang="ru", tpl="legacy-br", section="Люди", date="2026-07-27", byline="Ирина Сотникова",
     title="Тридцать восемь лет с сумкой почтальона",
     sub="Галина Петровна Уварова разносила письма по Ольховке с 1988 года. На прошлой неделе она ушла на пенсию.",
     caption="Галина Уварова у отделения почты в Ольховке.", credit="Фото: Ирина Сотникова",
     low=0,
     body="""
Галина Петровна Уварова пришла на почту в Ольховке в 1988 году, когда ей было 23. На прошлой неделе она в последний раз прошла свой маршрут. Мы поговорили с ней о работе.

**Сколько километров вы прошли?**

Считали с внучкой: выходит примерно как до Владивостока и обратно. Зимой на лыжах, летом на велосипеде.

**Что раньше носили больше всего?**

Письма. Мешками. Из армии, из города, от детей. Сейчас писем почти нет, одни квитанции и пенсии.

**Собаки кусали?**

Одна. Рыжий пёс у Кузнецовых. Потом мы с ним подружились, он меня до калитки провожал.

**А что было самым трудным?**

Похоронки. В девяностые я приносила в один дом две телеграммы за год. Никогда этого не забуду.

**Вам не надоело?**

Ни дня. Ко мне люди выходили поговорить. Для многих стариков почтальон — единственный гость за неделю.

**Что было самым неожиданным?**

Однажды мне вручили посылку на имя моей собственной бабушки. Её отправили в 1979 году, и она двадцать лет пролежала на складе в Твери.

**Чем займётесь теперь?**

Огородом и правнуками. И на почту буду заходить, конечно.

Маршрут Галины Петровны теперь обслуживает её бывшая ученица, Оксана Белова.
"""),

dict(id="h81-ru-002", lang="ru", tpl="table", section="Общество", date="2026-04-14", byline="Денис Ракитин",
     title="В Ольховском районе начали бесплатную обработку от клещей",
     sub="Администрация обработает кладбища, детские площадки и берег пруда. Частные участки — по заявке и за плату.",
     caption="Сотрудник службы дезинсекции обрабатывает траву у детской площадки.", credit="Фото: Денис Ракитин",
     carry=["pestcontrol"],
     body="""
В Ольховском районе начались весенние акарицидные обработки. В этом году администрация обработает от клещей почти 60 гектаров общественных территорий.

В список вошли кладбища, школьные дворы, детские площадки, стадион, берег Мельничного пруда и тропа к роднику. Работы проведёт районная служба дезинсекции, закончить их планируют до 15 мая.

По данным районной больницы, в прошлом году с укусами клещей обратились 214 человек, из них 38 детей. Это на четверть больше, чем годом раньше.

Главный санитарный врач района Олег Бурцев советует не ограничиваться обработкой.

«Обработка снижает число клещей, но не убирает их совсем. После прогулки в лесу или на даче обязательно осматривайте себя, детей и собак», — сказал он.

Владельцы частных домов и садовых участков могут заказать обработку у той же службы. Она стоит 900 рублей за сотку, для пенсионеров и многодетных семей предусмотрена скидка 50 процентов.

Заявки принимают по телефону и в администрации. Обработку проводят только в сухую погоду, поэтому сроки могут сдвигаться.

Снятого клеща можно бесплатно сдать на исследование в лабораторию районной больницы в будние дни с 8 до 12 часов.
"""),

dict(id="h81-ru-003", lang="ru", tpl="ucoz", site="Посёлок Ольховка", kind="small",
     section="Новости посёлка", date="2026-08-30", byline="admin_olhovka",
     title="Жители сами построили детскую площадку у клуба",
     sub="На площадку собрали 186 тысяч рублей, а строили её четыре выходных подряд.",
     caption="Новая детская площадка у сельского клуба.", credit="Фото: администрация сайта",
     body="""
Подписывайтесь на новости посёлка, и вы увидите, как быстро в Ольховке может появиться то, чего ждали десять лет. В субботу у сельского клуба открылась новая детская площадка, которую жители построили своими руками.

Старые качели у клуба сломались ещё в 2016 году, и с тех пор детям в посёлке было негде играть, кроме школьного двора.

Весной родители собрали инициативную группу. Деньги собирали всем посёлком: кто сколько мог, плюс выручка от ярмарки на День села. Всего набрали 186 тысяч рублей.

Что теперь есть на площадке:

- качели-гнездо и обычные качели
- горка с домиком
- песочница с крышкой от кошек
- две скамейки для мам и бабушек

Строили четыре выходных подряд. Столбы бетонировал Виктор Семёнович Глухов, песок привёз на своём тракторе фермер Андрей Лапин, а скамейки сделали ученики школы на уроках труда.

На открытии перерезали ленточку самые маленькие жители посёлка, двухлетние Ваня и Лиза.

Следующей весной жители хотят поставить рядом турник и теннисный стол для подростков.

Спасибо всем, кто помог деньгами и руками. Отдельное спасибо клубу за свет и воду.
"""),
]
