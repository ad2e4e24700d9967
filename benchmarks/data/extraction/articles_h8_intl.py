# Turkish, German, French, Spanish and Russian stories for the eighth held-out part (h8-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h8_en.py.
ARTICLES = [
dict(id="h8-tr-001", lang="tr", tpl="blox", section="Ekonomi", date="2025-11-18", byline="Burak Yelkenci",
     title="Zeytin üreticileri kooperatifte ortak fiyat belirledi",
     sub="Kooperatif, bu sezon sızma zeytinyağının litresi için 380 lira taban fiyat açıkladı.",
     caption="Kooperatifin sıkma tesisinde ilk hasat zeytinleri.", credit="Fotoğraf: Kooperatif arşivi",
     body="""
Yamaç köylerindeki zeytin üreticilerinin kurduğu kooperatif, bu sezon sızma zeytinyağının litresi için 380 lira taban fiyat belirledi. Karar, 212 ortağın katıldığı genel kurulda oy çokluğuyla alındı.

Kooperatif başkanı Nurettin Aksoylu, geçen yıl tüccarların üreticiye köyden köye farklı fiyat verdiğini, bazı ailelerin yağını maliyetinin altında sattığını söyledi.

"Aynı dağın zeytini, aynı değirmenin yağı. Fiyatı da aynı olmalı," dedi Aksoylu.

## Tüccarlar ne diyor?

Bölgede alım yapan iki firma, taban fiyatın piyasanın üzerinde olduğunu ve alımları azaltabileceklerini açıkladı. Kooperatif ise yağın bir bölümünü doğrudan tüketiciye satmaya hazırlanıyor.

Ortaklara yapılan duyuruda hasat döneminde şu kurallara uyulması istendi:

- zeytinler toplandıktan sonra en geç iki gün içinde sıkılacak;
- plastik çuval yerine delikli kasa kullanılacak;
- her partinin analiz sonucu kayda geçecek.

Üreticilerden Hatice Gümüşdere, kırk yıldır zeytin topladığını, ilk kez fiyatı kendilerinin konuştuğunu anlattı.

"Bu yıl kimse kapımıza gelip fiyat dikte etmeyecek," dedi.

Kooperatifin sıkma tesisi hasat boyunca haftanın yedi günü açık olacak. Yağın bir kısmı şişelenip ilçe pazarındaki kooperatif tezgâhında satılacak, satış gelirinin tamamı ortaklara paylaştırılacak.
"""),

dict(id="h8-tr-002", lang="tr", tpl="portal", section="Eğitim", date="2025-01-09", byline="Zeynep Karakoyun",
     title="İlçe kütüphanesi sınav döneminde gece yarısına kadar açık",
     sub="",
     caption="Kütüphanenin okuma salonunda ders çalışan öğrenciler.", credit="Fotoğraf: Belediye",
     body="""
Dereboyu İlçe Halk Kütüphanesi, üniversite sınavına hazırlanan öğrenciler için ocak ve şubat aylarında gece yarısına kadar açık kalacak.

Kütüphane şimdiye kadar hafta içi 19.00'da kapanıyordu. Müdür Sevim Ertuğrul, evinde sessiz bir çalışma ortamı bulamayan öğrencilerin sık sık daha uzun saat talep ettiğini söyledi.

Okumak isteyen herkese kapılar açık olacak, ancak saat 21.00'den sonra okuma salonunun üst katı yalnızca sınava hazırlanan öğrencilere ayrılacak.

"Kalabalık bir evde ders çalışmak çok zor. Burada en azından çay sıcak, masa boş," dedi Ertuğrul.

## Güvenlik ve ulaşım

Belediye, akşam saatleri için kütüphaneye bir güvenlik görevlisi verdi. Gece 00.15'te kütüphanenin önünden kalkan ek bir otobüs seferi de konuldu.

Öğrencilerden Emre Tan, şimdiye kadar derslerini kafede çalıştığını, bir çayla saatlerce oturmanın utandırıcı olduğunu anlattı.

"Burada kimse bana ne zaman kalkacağımı sormuyor," dedi.

Kütüphanede ayrıca hafta sonları gönüllü öğretmenlerin matematik ve fizik soru çözüm saatleri düzenlenecek. İlk hafta sonunda kırka yakın öğrenci bu saatlere katıldı.

Uygulama başarılı olursa haziran sınav döneminde de tekrarlanacak.
"""),

dict(id="h8-tr-003", lang="tr", tpl="wordpress", section="Yerel", date="2025-07-15", byline="Kemal Sarıgöl",
     title="Ana isale hattı yenileniyor: beş mahallede iki gün su yok",
     sub="",
     caption="Su idaresi ekipleri eski boruları söküyor.", credit="Fotoğraf: Su ve Kanalizasyon İdaresi",
     body="""
Yamaç ilçesine su taşıyan 42 yıllık ana isale hattının bir bölümü yenilenecek. Çalışma nedeniyle perşembe ve cuma günleri beş mahallede su verilemeyecek.

Su ve Kanalizasyon İdaresi'nden yapılan açıklamaya göre, eski hatta son bir yılda 37 kez arıza çıktı. Genel Müdür Yardımcısı Ferhat Özdal, her arızada binlerce ton suyun boşa aktığını söyledi.

"Yamayla bir yere kadar gidilir. Bu borunun ömrü çoktan doldu," dedi Özdal.

Kesintiden etkilenecek mahalleler şunlar:

- Bahçelievler;
- Çamlık;
- Yeni Mahalle;
- Kavaklıdere;
- Sarıtepe.

## Tankerle su verilecek

İdare, kesinti süresince beş mahalleye toplam 20 tanker gönderecek. Tankerlerin duracağı noktalar muhtarlıklarda ilan edilecek. Yaşlı ve hasta vatandaşların evine su götürülmesi için muhtarlara bir telefon hattı ayrıldı.

Bahçelievler muhtarı Gülten Aydemir, mahallelinin kesintiye hazırlıklı olduğunu, asıl endişenin işin uzaması olduğunu söyledi. Aydemir, sıcak havada iki günün bile uzun geldiğini ekledi.

İdare, çalışmanın cuma akşamına kadar tamamlanacağını, suyun cumartesi sabahı verileceğini açıkladı. Yetkililer, su geldikten sonraki ilk saatlerde musluklardan bulanık su akabileceğini, bu suyun bir süre akıtılması gerektiğini hatırlattı.
"""),

dict(id="h8-de-001", lang="de", tpl="sanity", section="Verbraucher", date="2025-09-02", byline="Katrin Osterholt",
     title="Fitnessstudio muss Preiserhöhung für Altverträge zurücknehmen",
     sub="Das Landgericht sieht in der stillschweigenden Zustimmung per Mitglieder-App keine wirksame Vertragsänderung.",
     caption="Eingang des Studios in der Lindauer Bahnhofstraße.", credit="Foto: Katrin Osterholt",
     body="""
Eine Fitnesskette mit elf Studios in der Region darf die Monatsbeiträge ihrer langjährigen Mitglieder nicht einfach erhöhen. Das hat das Landgericht entschieden und einer Klage der Verbraucherzentrale stattgegeben.

Die Kette hatte im Frühjahr allen Mitgliedern mit Altverträgen mitgeteilt, dass der Beitrag von 24,90 auf 32,90 Euro im Monat steige. Wer nicht innerhalb von vier Wochen in der App widerspreche, stimme der Änderung zu.

Nach Ansicht des Gerichts reicht Schweigen nicht aus. Eine Preiserhöhung sei eine Vertragsänderung und brauche eine ausdrückliche Zustimmung.

„Ein Abo ist kein Einbahnstraßenvertrag“, sagte die Juristin der Verbraucherzentrale, Miriam Hebel.

## Was Mitglieder jetzt tun können

Die Verbraucherzentrale rät Betroffenen:

- die Kontoauszüge seit April zu prüfen;
- den zu viel gezahlten Betrag schriftlich zurückzufordern;
- eine Frist von zwei Wochen zu setzen.

Abonnieren lässt sich ein Vertrag in der App mit einem Klick, kündigen dagegen nur per Brief. Auch das will die Verbraucherzentrale nun prüfen lassen.

Die Fitnesskette kündigte an, in Berufung zu gehen. Bis zu einer endgültigen Entscheidung werde sie den alten Beitrag abbuchen.
"""),

dict(id="h8-de-002", lang="de", tpl="legacy-br", section="Lokales", date="2025-05-06", byline="Heinz Würtenberger",
     title="Schützenfest fällt aus – erstmals seit 1949",
     sub="",
     caption="Der Festplatz am Mühlbach im vergangenen Jahr.", credit="Foto: Schützenverein",
     body="""
Das Schützenfest in Oberried fällt in diesem Jahr aus. Es ist das erste Mal seit 1949, dass der Verein auf sein Fest verzichtet.

Der Vorsitzende des Schützenvereins, Walter Kernbach, nannte in der Jahreshauptversammlung zwei Gründe: Es fehlten Helfer für den Auf- und Abbau, und der Festwirt, der das Zelt seit 22 Jahren stellte, habe aus Altersgründen aufgehört.

„Wir haben jeden gefragt, der nicht schnell genug weggelaufen ist“, sagte Kernbach.

Ein neuer Festwirt hätte für das Zelt und die Bewirtung mehr als doppelt so viel verlangt wie bisher. Das könne der Verein mit seinen 140 Mitgliedern nicht tragen.

Statt des viertägigen Festes soll es im Juli einen Königsschuss mit anschließendem Grillabend im Schützenhaus geben. Dazu sind alle Bürger eingeladen.

In der Versammlung meldeten sich nach der Entscheidung sieben jüngere Mitglieder, die im kommenden Jahr beim Aufbau helfen wollen.

„Dann machen wir es eben nächstes Jahr wieder richtig“, sagte einer von ihnen.

Die Gemeinde hat angeboten, den Festplatz für 2026 kostenlos zur Verfügung zu stellen.
"""),

dict(id="h8-de-003", lang="de", tpl="cms", section="Justiz", date="2025-10-28", byline="Lena Sturmfels",
     title="Nachbar muss Kamera am Gartenzaun abbauen",
     sub="",
     caption="Die umstrittene Kamera am Zaun in der Lindenstraße.", credit="Foto: privat",
     body="""
Ein Hausbesitzer aus Lindau muss eine Überwachungskamera abbauen, die auf den Garten seiner Nachbarn gerichtet war. Das Amtsgericht gab der Klage eines Ehepaars statt.

Der Mann hatte die Kamera nach mehreren Einbrüchen in der Straße an seinem Gartenzaun befestigt. Nach seinen Angaben filmte sie nur sein eigenes Grundstück. Ein Gutachter stellte jedoch fest, dass etwa ein Drittel des Bildes die Terrasse der Nachbarn zeigte.

Wer fremde Grundstücke filmt, braucht nach dem Urteil die Einwilligung der Betroffenen. Die lag hier nicht vor.

„Wir haben uns im eigenen Garten nicht mehr wohlgefühlt“, sagte die Klägerin nach der Verhandlung.

## Schon der Anschein reicht

Das Gericht stellte klar, dass bereits eine Kamera, die so aussieht, als könne sie das Nachbargrundstück erfassen, einen Eingriff darstellen kann. Die Nachbarn müssten nicht beweisen, was tatsächlich aufgezeichnet wurde.

Der Beklagte sagte, er werde die Kamera nun so ausrichten, dass sie nur seine Haustür zeige.

Lesen Sie die Begründung genau, heißt es beim Verein Haus und Grund, dann zeige sich, dass Kameras nicht verboten seien, wohl aber der Blick über den Zaun.

Das Urteil kann noch angefochten werden; die Frist dafür läuft einen Monat.
"""),

dict(id="h8-fr-001", lang="fr", tpl="blox", section="Société", date="2025-03-25", byline="Élodie Castagné",
     title="La cantine du collège passe au tout local",
     sub="Viande, légumes et fromages viennent désormais de fermes situées à moins de 40 kilomètres.",
     caption="Le chef Romain Teyssier en cuisine au collège Jean-Moulin.", credit="Photo : Élodie Castagné",
     body="""
Depuis la rentrée de janvier, les 480 élèves du collège Jean-Moulin mangent à midi des produits venus presque tous de fermes situées à moins de 40 kilomètres.

Le chef, Romain Teyssier, a passé l'automne à rencontrer des éleveurs et des maraîchers du Causse. Il est aujourd'hui en contact avec dix-sept producteurs, qui livrent chaque semaine.

« Le plus difficile, ce n'est pas le prix, c'est le calendrier », explique-t-il. « En février, le Causse produit des poireaux, des pommes de terre et encore des poireaux. »

## Un repas à 3,40 euros

Le prix du repas payé par les familles n'a pas changé : 3,40 euros. Le département prend en charge la différence, estimée à 38 centimes par repas.

Les élèves n'ont pas tous été conquis. Au premier jour, la soupe de potiron est revenue presque intacte en cuisine.

« Ils ont fini par l'aimer quand on l'a appelée velouté », sourit le chef.

Le gaspillage a pourtant baissé d'un quart depuis janvier, selon les pesées faites chaque jour par les élèves délégués.

Trois autres collèges du département doivent suivre l'exemple à la rentrée de septembre.
"""),

dict(id="h8-fr-002", lang="fr", tpl="storybody", section="Culture", date="2025-06-17", byline="Juliette Perrochon",
     title="Les photos oubliées d'un facteur exposées à la mairie",
     sub="",
     caption="Une partie des tirages exposés dans la salle des mariages.", credit="Photo : mairie de Montignac-le-Vieux",
     body="""
Pendant trente ans, René Lacombe a distribué le courrier dans les hameaux de la vallée. Pendant ces trente ans, il a aussi pris des photos, que personne n'avait jamais vues.

Ses deux mille négatifs ont été retrouvés l'an dernier dans le grenier de sa maison, vendue après sa mort. Les nouveaux propriétaires les ont confiés à l'association d'histoire locale, qui en expose soixante-dix jusqu'à la fin de l'été dans la salle des mariages.

On y voit des fermes disparues, des moissons, des enfants sur le chemin de l'école et, souvent, des chiens qui attendent le facteur.

Au dos de chaque tirage, l'association a reproduit la mention que Lacombe écrivait à la main sur ses enveloppes de négatifs : « Photo : R. L., tournée du mardi ».

« Il photographiait les gens qu'il voyait tous les jours, c'est pour ça qu'ils ne posent pas », explique Bernadette Fournial, présidente de l'association.

## Des visiteurs qui se reconnaissent

Depuis l'ouverture, plusieurs visiteurs se sont reconnus, enfants, sur les photos. Un cahier posé à l'entrée recueille leurs noms.

Partager ces souvenirs était l'objectif, dit Bernadette Fournial, et le cahier compte déjà quarante pages.

L'exposition est ouverte du mercredi au dimanche, l'entrée est libre.
"""),

dict(id="h8-fr-003", lang="fr", tpl="amp", section="Sports", date="2025-08-26", byline="Mathieu Delbos",
     title="À 71 ans, il boucle la montée du Puy-Redon pour la trentième fois",
     sub="",
     caption="Gérard Vialle au sommet du Puy-Redon, dimanche.", credit="Photo : Mathieu Delbos",
     body="""
Gérard Vialle a terminé dimanche la course cycliste de la montée du Puy-Redon pour la trentième fois. Il a 71 ans et n'a manqué aucune édition depuis 1995.

L'ancien boulanger a bouclé les 11 kilomètres d'ascension en 58 minutes, à une vingtaine de minutes du vainqueur, un jeune coureur du club de Brive.

« Je ne cherche pas à gagner, je cherche à arriver », a-t-il expliqué au sommet, sous les applaudissements des bénévoles.

Suivre le même rythme du pied au sommet, sans jamais s'arrêter, est sa seule règle. Il s'entraîne trois fois par semaine sur les routes de la vallée.

## Un vélo de 1998

Gérard Vialle roule toujours avec le vélo en acier qu'il s'est offert en 1998. Il a seulement changé les pneus, la chaîne et, l'an dernier, la selle.

« Le vélo est plus jeune que moi, il n'a pas d'excuse. »

Les organisateurs lui ont remis un maillot brodé du chiffre 30. Ils ont aussi annoncé qu'une catégorie des plus de 70 ans serait créée l'an prochain.

Il a déjà promis d'être au départ.
"""),

dict(id="h8-es-001", lang="es", tpl="nextjs", section="Sanidad", date="2025-04-15", byline="Irene Valcárcel",
     title="Sanidad obliga a una app de citas médicas a pedir permiso antes de usar los datos",
     sub="",
     caption="La aplicación en un teléfono móvil.", credit="Foto: Irene Valcárcel",
     body="""
La agencia autonómica de protección de datos ha ordenado a la empresa que gestiona la aplicación de citas del centro de salud que deje de usar los datos de los pacientes para enviarles publicidad de farmacias y clínicas privadas.

La aplicación, que usan unas 30.000 personas en la comarca, pedía al instalarla que el usuario aceptara unas condiciones de catorce páginas. En la página once se autorizaba el envío de "comunicaciones comerciales de terceros".

Según la resolución, ese consentimiento no es válido porque no se podía pedir cita sin aceptarlo.

"Nadie debería tener que elegir entre ver a su médico y recibir anuncios", dijo el director de la agencia, Ramón Figueras.

## Qué cambia

La empresa deberá:

- separar la autorización publicitaria del resto de condiciones;
- dejarla desmarcada por defecto;
- borrar los datos obtenidos de esa forma.

Además, deberá pagar una multa de 60.000 euros.

Seguir usando la aplicación para pedir cita es seguro, aclaró la consejería de Sanidad, que ha abierto una revisión de todos sus contratos tecnológicos.

La empresa ha anunciado que recurrirá la sanción.
"""),

dict(id="h8-es-002", lang="es", tpl="wordpress", section="Movilidad", date="2025-02-04", byline="Jorge Arnáiz",
     title="El abono comarcal de autobús baja a 20 euros al mes",
     sub="",
     caption="Viajeros en la parada de la plaza Mayor.", credit="Foto: Jorge Arnáiz",
     body="""
El abono mensual que permite viajar sin límite en los autobuses de la comarca costará 20 euros a partir de marzo, frente a los 32 actuales. La rebaja se financia con una subvención de la diputación.

El consorcio de transportes calcula que unas 2.300 personas usan el abono cada mes, la mayoría estudiantes y trabajadores que se desplazan a la capital comarcal.

"Para muchas familias son doce euros al mes que se notan", dijo la presidenta del consorcio, Alicia Peñalver.

Suscribirse al abono se podrá hacer también por internet, sin pasar por la taquilla de la estación, algo que los usuarios reclamaban desde hace años.

## Más frecuencias en hora punta

Además de la rebaja, la línea entre Toreno y la capital tendrá un autobús más a las 7.40, la hora de más demanda.

Los jóvenes menores de 26 años pagarán 12 euros. Los mayores de 65 mantendrán el abono gratuito.

Maite Robles, que viaja cada día desde su pueblo para trabajar en el hospital, dijo que la rebaja llegaba tarde pero era bienvenida.

"Lo que de verdad necesitamos es un autobús a las seis de la mañana."

El nuevo precio se revisará dentro de un año.
"""),

dict(id="h8-es-003", lang="es", tpl="semantic", section="Cultura", date="2025-09-09", byline="Nuria Oteiza", low=1,
     title="Un pueblo de 90 vecinos recupera su fiesta de la vendimia",
     sub="",
     caption="Vecinos pisando la uva en el lagar de la plaza.", credit="Foto: Nuria Oteiza",
     body="""
Villar de la Sierra, un pueblo de 90 habitantes, ha celebrado este fin de semana su fiesta de la vendimia por primera vez desde 1987.

La fiesta desapareció cuando cerró la última bodega del pueblo y los viñedos se abandonaron. Hace tres años, un grupo de vecinos jubilados y sus nietos empezaron a limpiar y replantar dos hectáreas de viña vieja en las laderas de la sierra.

El sábado se recogió la primera cosecha. Más de trescientas personas, muchas de ellas hijos y nietos de antiguos vecinos que viven en la ciudad, subieron para ayudar.

La uva se pisó en el lagar de piedra de la plaza, que se había usado durante años como jardinera.

"Mi abuelo pisaba aquí. Yo lo he hecho hoy por primera vez", contó Lucía Barbadillo, de 16 años.

## Vino para el año que viene

El mosto se llevará a una bodega cooperativa del valle, que lo elaborará y devolverá al pueblo unas 1.500 botellas.

El alcalde, Félix Armentia, dijo que el dinero de la venta servirá para seguir recuperando viñas.

"No vamos a hacernos ricos, pero el pueblo vuelve a oler a mosto", dijo.
"""),

dict(id="h8-ru-001", lang="ru", tpl="blox", section="Образование", date="2025-10-14", byline="Игорь Белозёров",
     title="Школьники из посёлка собрали робота для уборки снега",
     sub="Команда кружка робототехники заняла второе место на областном конкурсе.",
     caption="Участники кружка испытывают робота во дворе школы.", credit="Фото: Игорь Белозёров",
     body="""
Пятеро учеников школы посёлка Заречный собрали робота, который сам расчищает снег на дорожках школьного двора. С этой работой команда заняла второе место на областном конкурсе технического творчества.

Робот размером с садовую тележку движется по заданному маршруту и сдвигает снег отвалом. Основу для него ребята сделали из старой газонокосилки, которую принёс из дома отец одного из участников.

Руководитель кружка, учитель физики Сергей Ломакин, говорит, что идея появилась прошлой зимой, когда дворник школы долго болел.

«Дети сказали: давайте сделаем, чтобы он не надрывался. Я думал, это шутка», — рассказал Ломакин.

## Что умеет робот

По словам участников, машина может:

- проехать маршрут длиной 300 метров без подзарядки;
- объезжать людей и скамейки;
- сообщать на телефон, если застряла.

Члены жюри отметили, что робот единственный из всех работ был испытан в реальных условиях, а не в классе.

«Он застревает в сугробах, но мы это исправим», — пообещал девятиклассник Артём Сухов.

Призом стал набор деталей и датчиков для кружка. Первые испытания обновлённой машины команда планирует провести, как только выпадет снег.
"""),

dict(id="h8-ru-002", lang="ru", tpl="portal", section="Происшествия", date="2025-02-18", byline="Марина Ступина",
     title="Грибники вышли из леса спустя двое суток",
     sub="",
     caption="Спасатели на краю лесного массива у деревни Осиновка.", credit="Фото: поисковый отряд",
     body="""
Двое жителей райцентра, которые ушли за грибами и заблудились в лесу у деревни Осиновка, вышли к людям спустя почти двое суток. Их самочувствие врачи оценивают как удовлетворительное.

Мужчины 58 и 63 лет отправились в лес в субботу утром. Вечером родственники не смогли до них дозвониться и обратились в полицию.

К поискам подключились добровольцы поискового отряда, сотрудники МЧС и местные охотники. Всего в лесу работали около сорока человек.

Координатор отряда Алексей Ветлугин рассказал, что телефон одного из грибников ненадолго включился в воскресенье днём, и отряд всё это время был на связи с его женой, передавая ей новости.

«Главное, что они не стали ходить кругами, а дождались утра у ручья», — сказал Ветлугин.

## Вышли сами

В понедельник утром мужчины, двигаясь вдоль ручья, вышли к лесной дороге, где их встретил охотник на машине.

«Грибов набрали полные корзины. Только есть их уже не хотелось», — признался один из них.

Спасатели напоминают, что в лес нужно брать заряженный телефон, запас воды и обязательно сообщать близким, куда вы идёте.
"""),

dict(id="h8-ru-003", lang="ru", tpl="ghost", section="Культура", date="2025-12-02", byline="Вера Гладышева",
     title="Сельская библиотека открыла клуб чтения вслух",
     sub="",
     caption="Встреча клуба в читальном зале библиотеки.", credit="Фото: библиотека села Покровское",
     body="""
В библиотеке села Покровское раз в неделю собирается клуб, где взрослые читают друг другу вслух. На первую встречу в октябре пришли шесть человек, сейчас приходят больше двадцати.

Идея принадлежит библиотекарю Нине Кузьминой. Она заметила, что многие пожилые читатели перестали брать книги, потому что им стало трудно читать мелкий шрифт.

«Слушать книгу можно и с плохим зрением. А вместе ещё и веселее», — говорит она.

Читают по очереди, по десять минут каждый. Книгу выбирают голосованием. Сейчас это повесть Паустовского, до неё был сборник рассказов Шукшина.

## Не только пенсионеры

В клуб ходят и молодые мамы с детьми, и двое подростков, которые, по их словам, сначала пришли «за печеньем».

Подписаться на новости клуба можно в библиотеке: Нина Кузьмина ведёт тетрадь, где записывает телефоны и по субботам обзванивает всех, чтобы напомнить о встрече.

Районная администрация выделила библиотеке деньги на новые кресла и электрический самовар.

«Самовар, честно говоря, важнее кресел», — смеётся Кузьмина.

Встречи проходят по четвергам в шесть вечера, вход свободный.
"""),
]
