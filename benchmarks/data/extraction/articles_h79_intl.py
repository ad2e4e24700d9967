# Turkish, German, French, Spanish and Russian stories for the seventy-ninth held-out part (h79-*) of the
# newsflow extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h79_en.py.
ARTICLES = [
dict(id="h79-tr-001", lang="tr", tpl="ucoz", site="Çamlıpınar Köyü", kind="small",
     section="Çamlıpınar'dan haberler", date="2026-06-18", byline="Dernek Yönetimi",
     title="Köy meydanındaki eski çeşme yeniden akıyor",
     sub="Çamlıpınar Köyü Derneği'nin gönüllüleri 1934 yapımı çeşmeyi iki ayda onardı.",
     caption="Onarılan çeşmenin açılışında köylüler.", credit="Fotoğraf: Nuri Akbulut",
     body="""
Çamlıpınar'ın meydanındaki taş çeşme, on bir yıl sonra pazar günü yeniden akmaya başladı. Açılışta ilk suyu köyün en yaşlısı, 94 yaşındaki Şerife Nine içti.

Çeşme 1934'te köylülerin imecesiyle yapılmıştı. 2015'te borusu çatlayınca su kesildi, yalağı da zamanla toprakla doldu.

Derneğimizin nisan ayındaki toplantısında çeşmenin onarılmasına karar verildi. Masraflar için gurbetteki hemşehrilerimizden 48 bin lira toplandı.

Gönüllülerimiz iki ay boyunca şunları yaptı:

- kaynaktan çeşmeye kadar 300 metre yeni boru döşedi
- yalağı temizleyip taşlarını yeniden derzledi
- kitabe taşını yıkayıp harflerini boyadı
- çeşmenin çevresine iki bank ve bir çardak yaptı

İşlerin çoğunu emekli usta Halil Demirtaş yönetti. Halil Usta, çeşmenin ilk yapılışında babasının da çalıştığını anlattı.

Kitabe taşındaki yazı okunduğunda, çeşmenin "köyün bütün gelip geçenleri için" yapıldığı anlaşıldı. Yazıyı köyümüzün emekli öğretmeni Nevzat Bey okudu.

Muhtarımız Kemal Yazıcı, bütün gönüllülere ve bağış gönderen hemşehrilerimize teşekkür etti. Açılışın ardından meydanda kadınlarımızın hazırladığı keşkek ve ayran ikram edildi.

Çeşmenin fotoğraflarını görmek isteyen hemşehrilerimiz sitemizin fotoğraf albümüne bakabilir. Katkıda bulunmak isteyenler dernek başkanımızla iletişime geçebilir.
"""),

dict(id="h79-tr-002", lang="tr", tpl="magazine", section="Portre", date="2026-10-02", byline="Gülşen Koçyiğit",
     title="Kırk yıldır aynı koltuk, aynı makas: Berber Cemal Usta",
     sub="Yeşilyurt çarşısında 1986'dan beri dükkân işleten Cemal Arslan ile makasını bırakmadan konuştuk.",
     caption="Cemal Arslan dükkânında bir müşterisini tıraş ederken.", credit="Fotoğraf: Gülşen Koçyiğit",
     pull="Berber dükkânı mahallenin gazetesidir",
     look=[("box", "Cemal Usta'nın dükkânı pazartesi hariç")],
     body="""
Cemal Arslan, Yeşilyurt çarşısındaki küçük dükkânını 1986'da açtı. Kırk yıl sonra hâlâ aynı koltuk, aynı ayna ve aynı radyo duruyor. Sadece fiyatlar değişti.

**Berberliğe nasıl başladınız?**

On iki yaşında çırak oldum. Babam "okumayacaksan bir zanaat öğren" dedi. İlk yıl sadece yer süpürdüm, sonra köpük yapmayı öğrendim.

**İlk müşterinizi hatırlıyor musunuz?**

Tabii. Öğretmen Rıza Bey. Saçını kestim, parasını vermeden çıktı, ertesi gün bir kutu lokumla geldi. Otuz yıl müşterim oldu.

**En çok ne değişti?**

Eskiden herkes sakal tıraşı olurdu. Sonra jiletler çıktı, herkes evde tıraş olmaya başladı. Şimdi gençler yine geliyor, sakallarını şekillendirmek için.

**Dükkânda en çok ne konuşulur?**

Futbol, siyaset, düğünler. Berber dükkânı mahallenin gazetesidir. Kimin kızı evleniyor, kimin oğlu askerden döndü, önce burada duyulur.

**Emekli olmayı düşünüyor musunuz?**

Ellerim titremediği sürece hayır. Torunum yazın yanımda çalışıyor, belki dükkânı o devralır.

**Radyo hep açık mı?**

Kırk yıldır kapanmadı. Maç günleri ses biraz daha açılır.

Cemal Usta'nın dükkânı pazartesi hariç her gün sabah sekizden akşam yediye kadar açık. Saç kesimi 150 lira, sakal tıraşı 100 lira.
"""),

dict(id="h79-tr-003", lang="tr", tpl="cms", section="Spor", date="2026-05-07", byline="Onur Taşdelen",
     title="Belediyenin halı sahaları artık internetten kiralanıyor",
     sub="Yeşilyurt Belediyesi'nin dört halı sahası için telefonla rezervasyon dönemi sona erdi.",
     caption="Gençlik Parkı'ndaki halı saha.", credit="Fotoğraf: Onur Taşdelen",
     carry=["pitchbookings"],
     body="""
Yeşilyurt Belediyesi'ne ait dört halı sahanın kiralanması bu haftadan itibaren yalnızca internet üzerinden yapılacak. Belediye, yıllardır süren telefonla rezervasyon usulüne son verdi.

Yeni sistemde vatandaşlar e-Devlet şifresiyle giriş yaparak boş saatleri görebiliyor ve sahayı bir saatliğine kiralayabiliyor. Ücret kredi kartıyla önceden ödeniyor.

Belediye Spor İşleri Müdürü Serkan Aydemir, eski sistemde bazı kişilerin sahaları haftalarca önceden tuttuğunu, sonra gelmediğini söyledi.

"Akşam saatleri hep doluydu ama sahalar boş kalıyordu. Şimdi gelmeyen kişi ücretini geri alamıyor," dedi.

Sahaların saatlik ücreti gündüz 600 lira, akşam 18.00'den sonra 900 lira olacak. Öğrenciler ve amatör kulüpler yüzde 50 indirimden yararlanabilecek.

Gençlik Parkı, Çınarlı, Sanayi ve Stadyum yanındaki sahalar her gün 09.00 ile 24.00 arasında açık olacak. Hafta içi sabah saatleri okulların beden eğitimi derslerine ayrıldı.

Amatör kulüpler ise yeni sistemden memnun değil. Çınarlıspor Başkanı Murat Eren, antrenman saatleri için her hafta ayrı ayrı rezervasyon yapmanın zor olduğunu söyledi. Belediye, kulüpler için sezonluk toplu kiralama seçeneği üzerinde çalıştığını açıkladı.

Her cumartesi akşamı mahalle takımları arasında oynanan geleneksel "Çarşı Kupası" maçları ise belediyenin kendi programıyla devam edecek.

Yeni sistemle ilgili şikâyet ve önerilerini paylaşmak isteyenler belediyenin Beyaz Masa hattını arayabilir.
"""),

dict(id="h79-de-001", lang="de", tpl="typo3", site="Gemeinde Brackenau", kind="public",
     section="Abfall und Umwelt", date="2026-01-15", byline="Bürgerbüro",
     title="Sperrmüll auf Abruf: Termine gibt es jetzt online",
     sub="Ab Februar können Haushalte ihre Sperrmüllabholung im Bürgerportal buchen. Die Sammeltermine im Frühjahr und Herbst entfallen.",
     caption="Sperrmüll am Straßenrand in der Lindenstraße.", credit="Foto: Gemeinde Brackenau",
     carry=["bulkywaste"],
     body="""
Die Gemeinde Brackenau stellt die Sperrmüllabfuhr um. Ab dem 1. Februar 2026 gibt es keine festen Sammeltermine im Frühjahr und im Herbst mehr. Stattdessen können alle Haushalte ihre Abholung selbst anmelden.

## So funktioniert die Anmeldung

Die Anmeldung erfolgt im Bürgerportal der Gemeinde oder telefonisch im Bürgerbüro. Jeder Haushalt kann zweimal im Jahr bis zu vier Kubikmeter Sperrmüll kostenlos abholen lassen. Jede weitere Abholung kostet 35 Euro.

Der Abholtermin wird innerhalb von drei Wochen vergeben. Die Gegenstände dürfen frühestens am Vorabend an die Straße gestellt werden.

## Was abgeholt wird

Abgeholt werden Möbel, Matratzen, Teppiche und große Kinderspielzeuge. Elektrogeräte wie Kühlschränke und Waschmaschinen werden getrennt abgeholt und müssen bei der Anmeldung extra angegeben werden.

Nicht abgeholt werden Bauschutt, Fenster, Autoreifen und Farbreste. Diese können am Wertstoffhof an der Kreisstraße abgegeben werden.

## Warum die Umstellung

Bei den bisherigen Sammelterminen standen oft tagelang Berge von Sperrmüll an den Straßen. Viele Gegenstände wurden durchwühlt und verstreut.

Bürgermeisterin Andrea Köhnlein hofft, dass die Straßen künftig sauberer bleiben.

Fragen beantwortet das Bürgerbüro im Rathaus, Marktplatz 1, montags bis freitags von 8 bis 12 Uhr und donnerstags von 14 bis 18 Uhr.
"""),

dict(id="h79-de-002", lang="de", tpl="nextjs", section="Stadt", date="2026-04-23", byline="Jonas Vierling",
     title="Gedenkbänke am Seeufer: Die Warteliste ist länger als die Promenade",
     sub="93 Familien warten in Seewinkel auf eine Bank mit Namensschild. Die Stadt prüft neue Standorte.",
     caption="Bänke mit Gedenkschildern an der Uferpromenade.", credit="Foto: Jonas Vierling",
     carry=["memorialbenches"],
     look=[("bold", "Jede Bank erzählt eine Geschichte.")],
     body="""
An der Uferpromenade von Seewinkel stehen 118 Bänke. Auf fast allen ist ein kleines Messingschild geschraubt, mit einem Namen, zwei Jahreszahlen und manchmal einem Satz.

Jede Bank erzählt eine Geschichte.

Seit 2009 können Angehörige bei der Stadt eine Gedenkbank stiften. Sie zahlen die Bank und das Schild, die Stadt stellt sie auf und pflegt sie zehn Jahre lang. Die Nachfrage ist so groß, dass die Promenade inzwischen voll ist.

## 93 Familien auf der Liste

Derzeit stehen 93 Familien auf der Warteliste, einige seit mehr als drei Jahren. Monika Staudacher wartet seit 2023 auf eine Bank für ihren Mann, der jeden Morgen am See spazieren ging.

„Er hat immer gesagt, von der dritten Bank hinter dem Bootsverleih sieht man die Berge am besten“, sagt sie.

## Neue Standorte im Gespräch

Die Stadtverwaltung prüft nun, ob Gedenkbänke auch im Kurpark und am Radweg nach Unterau aufgestellt werden können. Der Bauausschuss soll im Juni darüber beraten.

Außerdem sollen Bänke, deren Pflegezeit abgelaufen ist, nur noch dann verlängert werden, wenn die Familie das ausdrücklich wünscht. Bisher wurde das automatisch gemacht.

Ein Stadtsprecher sagte, man wolle niemandem seine Bank wegnehmen, aber mehr Familien eine Chance geben.
"""),

dict(id="h79-de-003", lang="de", tpl="legacy-br", section="Wirtschaft", date="2026-09-03", byline="Carola Hemmerling",
     title="Letzte Bäckerei im Ort: Junges Paar übernimmt die Backstube in Unterau",
     sub="Nach 120 Jahren wollte Familie Raab aufhören. Jetzt backen Lena und Tim Brodersen weiter.",
     caption="Lena und Tim Brodersen in der Backstube.", credit="Foto: Carola Hemmerling",
     low=0,
     body="""
Folgen Sie dem Duft: Wer am Samstagmorgen durch die Hauptstraße von Unterau ging, musste nicht lange suchen, um die wiedereröffnete Bäckerei zu finden. Vor der Tür standen die Leute bis zur Kirche.

Die Bäckerei Raab war 120 Jahre lang in Familienbesitz. Im Frühjahr kündigte Bäckermeister Gerhard Raab an, dass er mit 68 Jahren aufhören wolle. Einen Nachfolger in der Familie gab es nicht.

**Aus Hamburg aufs Land**

Lena und Tim Brodersen haben in Hamburg in einer großen Bäckerei gearbeitet. Sie suchten seit zwei Jahren eine eigene Backstube auf dem Land und stießen auf eine Anzeige im Fachblatt.

„Wir sind an einem Sonntag hergefahren, haben den Ofen gesehen und wussten es“, sagt Tim Brodersen.

**Das Rezept bleibt**

Gerhard Raab hat den beiden sein Rezept für das Bauernbrot überlassen und steht in den ersten Wochen noch mit in der Backstube. Neu im Sortiment sind Franzbrötchen, die es in Unterau bisher nicht gab.

Für den Ort ist die Bäckerei mehr als ein Laden. Seit die Metzgerei 2022 schloss, ist sie das einzige Geschäft im Dorf.

Die Bäckerei ist dienstags bis samstags von 6 bis 13 Uhr und sonntags von 7 bis 10 Uhr geöffnet.
"""),

dict(id="h79-fr-001", lang="fr", tpl="hugo", section="Vie locale", date="2026-05-28", byline="Amandine Roubaud",
     title="Des bancs en mémoire des disparus le long du canal de Vaubrune",
     sub="La commune lance un programme de bancs et de plaques commémoratives. Quarante emplacements sont prévus.",
     caption="Le chemin de halage du canal, à la sortie du bourg.", credit="Photo : Amandine Roubaud",
     carry=["memorialbenches"],
     look=[("br", "Les premiers bancs seront posés en septembre.")],
     body="""
Le chemin de halage du canal de Vaubrune est l'une des promenades préférées des habitants. Bientôt, on pourra aussi s'y asseoir en pensant à un proche disparu.

Le conseil municipal a voté jeudi la création d'un programme de bancs commémoratifs. Les familles pourront financer un banc en chêne, sur lequel sera fixée une petite plaque gravée au nom de la personne de leur choix.

Quarante emplacements ont été repérés entre l'écluse du Moulin et le pont de la Gare, tous les cent mètres environ.

Un banc coûtera 950 euros, plaque comprise. La commune se charge de la pose et de l'entretien pendant quinze ans.

Les premiers bancs seront posés en septembre.

L'idée vient d'une habitante, Josiane Castagné, qui avait écrit au maire après la mort de son mari, un ancien éclusier.

« Il a passé trente ans au bord de ce canal. Je voulais qu'il y ait un endroit pour lui », explique-t-elle.

Le maire, Bernard Lafforgue, précise que les plaques devront rester sobres : un nom, des dates et, si la famille le souhaite, une courte phrase. Les photos et les objets ne seront pas autorisés.

Les demandes sont à déposer à l'accueil de la mairie, qui tiendra une liste d'attente si les quarante places sont prises.
"""),

dict(id="h79-fr-002", lang="fr", tpl="quintype", section="Sports", date="2026-03-12", byline="Kévin Marchetti",
     title="À Montclar, les nouveaux terrains de padel affichent déjà complet",
     sub="Ouverts il y a trois semaines, les deux courts municipaux sont réservés presque tous les soirs.",
     caption="Un match en double sur l'un des deux courts.", credit="Photo : Kévin Marchetti",
     carry=["pitchbookings"],
     look=[("highlight", "Il faut réserver au moins dix jours à l'avance")],
     body="""
Partagez votre créneau ou attendez dix jours : à Montclar, c'est désormais la règle pour jouer au padel. Les deux terrains ouverts par la commune à côté du gymnase sont pris d'assaut.

La commune a investi 180 000 euros dans ces deux courts vitrés, couverts d'un toit pour jouer même sous la pluie. Ils ont été inaugurés le 20 février.

Il faut réserver au moins dix jours à l'avance pour trouver un créneau entre 18 heures et 22 heures. La réservation se fait sur une application, et l'heure et demie coûte 24 euros pour quatre joueurs.

L'adjoint aux sports, Frédéric Labadie, reconnaît que le succès a surpris la mairie.

« On pensait que ça plairait aux jeunes. En fait, nos joueurs les plus réguliers ont plus de cinquante ans », dit-il.

Le club de tennis local a déjà ouvert une section padel, qui compte 140 adhérents. Son président, Gilles Arnaudet, demande que certains créneaux soient réservés aux membres du club.

La mairie étudie la construction d'un troisième terrain en 2027, si le budget le permet.

En attendant, des créneaux sont souvent libres en matinée. Les écoles de Montclar pourront utiliser les courts gratuitement le mardi et le jeudi.
"""),

dict(id="h79-fr-003", lang="fr", tpl="gutenberg", section="Portraits", date="2026-08-20", byline="Élodie Besnard",
     title="Trente et un ans à l'écluse : Marcel ouvre ses portes une dernière fois",
     sub="Éclusier à Saint-Aubin-sur-Loue depuis 1995, Marcel Tournier prend sa retraite à la fin du mois.",
     caption="Marcel Tournier manœuvre les portes de l'écluse.", credit="Photo : Élodie Besnard",
     look=[("box", "L'écluse de Saint-Aubin fonctionne")],
     body="""
Marcel Tournier est arrivé à l'écluse de Saint-Aubin-sur-Loue en avril 1995. Il a vu passer des péniches, des plaisanciers du monde entier et même un cygne qui attendait chaque matin l'ouverture des portes. Rencontre avant son départ.

**Pourquoi éclusier ?**

J'étais mécanicien dans un garage. Un ami m'a dit que la maison de l'écluse était libre. J'ai dit oui pour la maison, je suis resté pour le reste.

**Combien de bateaux par an ?**

Environ 2 300. Surtout l'été. En hiver, parfois un par semaine.

**Et le cygne ?**

Il s'appelait Gustave, c'est ma fille qui l'avait baptisé. Il attendait devant la porte aval tous les matins à huit heures. Il est venu pendant six ans.

**Le plus beau souvenir ?**

Un couple de Néerlandais qui s'était rencontré ici, dans le sas, en 1998. Ils sont revenus fêter leurs vingt ans de mariage avec leurs enfants.

**Et maintenant, la retraite ?**

Pêcher. De l'autre côté du canal, pour changer.

L'écluse de Saint-Aubin fonctionne tous les jours de 9 heures à 19 heures d'avril à octobre. Sa remplaçante, Nadia Fourcade, prendra son poste le 1er septembre.
"""),

dict(id="h79-es-001", lang="es", tpl="divi", site="Almendral Digital",
     section="Municipal", date="2026-10-21", byline="Rocío Villaseca",
     title="Almendral estrena la recogida de muebles y enseres a domicilio con cita previa",
     sub="El ayuntamiento deja de recoger los trastos los martes sin aviso. Ahora hay que pedir cita por internet o por teléfono.",
     caption="Un colchón y dos sillas junto a un contenedor de la calle Mayor.", credit="Foto: Rocío Villaseca",
     body_caption="Operarios del servicio de limpieza cargan un sofá en el camión de recogida.",
     carry=["bulkywaste"],
     look=[("dropcap", "Se acabó dejar el colchón"), ("highlight", "El servicio es gratuito para los vecinos"),
           ("br", "No se recogerán escombros ni restos de obra."), ("bold", "Los martes, ya no.")],
     body="""
Se acabó dejar el colchón junto al contenedor el martes por la noche. Desde el 2 de noviembre, el Ayuntamiento de Almendral solo recogerá muebles y enseres a quienes hayan pedido cita previa.

Hasta ahora, los vecinos podían sacar sus trastos a la calle cualquier martes y el camión los recogía por la mañana. Pero muchos los dejaban cualquier día, y las aceras se llenaban de sofás durante días.

Los martes, ya no.

## Cómo pedir cita

La cita se pide en la sede electrónica del ayuntamiento o llamando al teléfono de atención ciudadana. Hay que indicar la dirección y qué objetos se van a tirar, con un máximo de cinco piezas por recogida.

El servicio es gratuito para los vecinos empadronados. A partir de la tercera recogida en el mismo año se cobrarán 15 euros.

Los objetos deben sacarse a la puerta del portal la noche antes, a partir de las 21.00.

No se recogerán escombros ni restos de obra.

## Multas para quien no avise

El concejal de Medio Ambiente, Julián Pardeiro, recordó que abandonar muebles en la vía pública sin cita puede suponer una multa de hasta 750 euros.

La asociación de vecinos del barrio de San Blas ha pedido que se mantenga al menos un día al mes de recogida sin cita para las personas mayores que no usan internet.
"""),

dict(id="h79-es-002", lang="es", tpl="medium", site="Cuadernos de San Lázaro", kind="indie",
     section="Barrio", date="2026-06-11", byline="Marta Echegoyen",
     title="El mural de la lechería vuelve a tener color",
     sub="Una pintora del barrio y una docena de vecinos han restaurado la pared que pintó su abuelo en 1968.",
     caption="El mural restaurado de la antigua lechería de la calle Cestería.", credit="Foto: Marta Echegoyen",
     look=[("italic", "«Mi abuelo usaba pintura de barco.»"), ("bold", "Quedó mejor que el original.")],
     body="""
Quien pase estos días por la calle Cestería verá a la vaca de la antigua lechería sonriendo otra vez, con sus manchas negras recién pintadas y el cielo azul de siempre detrás.

El mural lo pintó en 1968 Anselmo Urrutia, rotulista del barrio, para la lechería de la familia Goñi. La lechería cerró en 1991, pero la pared siguió ahí, cada año un poco más descolorida.

Este año su nieta, la pintora Itziar Urrutia, decidió restaurarla. Pidió permiso a la comunidad de vecinos y buscó voluntarios en la parroquia y en el bar de la esquina.

«Mi abuelo usaba pintura de barco.»

Así que ella también. Durante tres fines de semana de mayo, doce vecinos trabajaron en el andamio:

- lijaron la pared y quitaron la pintura suelta
- taparon las grietas con mortero de cal
- repasaron el dibujo original a partir de fotos antiguas
- pintaron la vaca, el prado y las letras de «Lechería Goñi»

Quedó mejor que el original.

Eso dice al menos Rosario Goñi, de 83 años, hija de los antiguos dueños, que bajó a verlo el último día con una bandeja de rosquillas.

Quien tenga fotos antiguas de la lechería puede compartirlas con nosotros: las publicaremos en el próximo número.
"""),

dict(id="h79-es-003", lang="es", tpl="portal", section="Provincia", date="2026-08-27", byline="Álvaro Quintanilla",
     title="Un pueblo de 212 habitantes reúne a 4.000 personas en su concurso de calderetas",
     sub="Villalba de la Sierra celebró el sábado la trigésima edición de su concurso de caldereta de cordero.",
     caption="Las cuadrillas cocinan en la explanada de la ermita.", credit="Foto: Álvaro Quintanilla",
     carry=["gallery"],
     body="""
Villalba de la Sierra tiene 212 vecinos empadronados. El sábado, en la explanada de la ermita de San Roque, había cerca de 4.000 personas y 86 calderos al fuego.

El concurso de caldereta de cordero cumplía treinta años, y el ayuntamiento quiso celebrarlo a lo grande, con orquesta y fuegos artificiales.

**Cuarenta kilos de cordero**

La organización repartió por la mañana cuarenta kilos de cordero entre las cuadrillas inscritas. El resto de ingredientes, desde los pimientos hasta el vino, los llevaba cada grupo.

El jurado, formado por tres cocineros de la comarca, probó todas las calderetas antes de las tres de la tarde.

**Ganaron las de siempre**

El primer premio fue para la cuadrilla Las Comadres, cinco hermanas que ya ganaron en 2011 y 2019. Su secreto, dicen, es el hígado machacado con ajo que añaden al final.

«No hay más truco que paciencia y leña de encina», explicó la mayor, Petra Molinero.

El alcalde, Eusebio Garrido, recordó que el concurso nació en 1996 para juntar a los hijos del pueblo que vivían fuera durante las fiestas.

Los vecinos que quieran ayudar en la organización del año que viene pueden apuntarse en el ayuntamiento a partir de enero.
"""),

dict(id="h79-ru-001", lang="ru", tpl="fusion", section="Культура", date="2026-02-26", byline="Алёна Воронцова",
     title="Сельская библиотека в Кедровке открылась после ремонта",
     sub="Библиотеку, в которую ходят жители пяти деревень, полностью обновили за восемь месяцев.",
     caption="Читальный зал обновлённой библиотеки.", credit="Фото: Алёна Воронцова",
     look=[("factbox", "Кедровская библиотека в цифрах")],
     body="""
В Кедровке после восьми месяцев ремонта снова открылась сельская библиотека. В день открытия туда пришли больше ста человек, хотя в селе живут около девятисот.

Библиотека работает в деревянном здании 1957 года. За последние годы в нём протекала крыша, а зимой в читальном зале было так холодно, что читатели сидели в пальто.

На ремонт район выделил 6,2 миллиона рублей. Заменили крышу, окна и отопление, провели интернет, купили новые стеллажи и компьютеры.

## Кедровская библиотека в цифрах

- 14 200 книг, из них 900 новых
- 612 читателей из пяти деревень
- 4 компьютера с доступом в интернет
- 1 детский уголок с ковром и подушками

Заведующая библиотекой Валентина Сорокина работает здесь с 1989 года. Она говорит, что раньше зимой в библиотеку заходили в основном пенсионеры, а теперь после уроков приходят школьники.

«Они делают уроки, а потом остаются читать. Раньше у нас было холодно и темно, а теперь светло и уютно», — говорит она.

В библиотеке по-прежнему будет работать клуб любителей чтения, который собирается по четвергам. Появится и новый кружок — компьютерной грамотности для пожилых.

Библиотека открыта со вторника по субботу с 10 до 18 часов.
"""),

dict(id="h79-ru-002", lang="ru", tpl="regional", section="Люди", date="2026-11-12", byline="Игорь Белоусов",
     title="Тридцать пять лет на одном участке: фельдшер из Ольховки уходит на пенсию",
     sub="Нина Прохорова лечила жителей трёх деревень с 1991 года. Мы поговорили с ней в последний рабочий день.",
     caption="Нина Прохорова в фельдшерско-акушерском пункте.", credit="Фото: Игорь Белоусов",
     body="""
Нина Прохорова приехала в Ольховку по распределению в 1991 году, сразу после медицинского училища. Думала, что на три года. Осталась на тридцать пять. В пятницу она последний раз открыла свой фельдшерский пункт.

**Как вы попали в Ольховку?**

Распределили. Мне было девятнадцать, я плакала всю дорогу в автобусе. А потом меня встретила санитарка тётя Клава с пирогами, и я перестала.

**Сколько у вас было пациентов?**

На участке три деревни, около шестисот человек. Я знаю всех по именам, и их давление тоже.

**Самый трудный случай?**

Зимой 2003 года принимала роды дома, в метель. Скорая не могла проехать. Мальчик родился здоровым, сейчас он работает трактористом в соседнем хозяйстве.

**А что изменилось за эти годы?**

Стало меньше людей и больше лекарств. И появился телефон: теперь можно посоветоваться с врачом из районной больницы по видео.

**Кто будет работать вместо вас?**

Из района обещали прислать молодую девушку. Я ей всё покажу.

**Чем займётесь на пенсии?**

Огородом. И внуками, их у меня пятеро.

Прощание с Ниной Петровной устроили в сельском клубе, пришли почти все жители.
"""),

dict(id="h79-ru-003", lang="ru", tpl="chunks", section="Транспорт", date="2026-07-01", byline="Денис Карпухин",
     title="В Заречье после шести лет перерыва вернулся рейсовый автобус",
     sub="Маршрут № 118 будет ходить до районного центра три раза в день.",
     caption="Первый рейс на остановке у сельсовета.", credit="Фото: Денис Карпухин",
     look=[("br", "Первый рейс пришёл без опоздания.")],
     body="""
Подписывайтесь на расписание: так шутили жители Заречья, когда в понедельник на остановке у сельсовета повесили новую табличку. Впервые за шесть лет в село снова ходит рейсовый автобус.

Маршрут № 118 из Заречья в районный центр отменили в 2020 году. Перевозчик тогда сказал, что рейсы невыгодны: пассажиров было мало, а дорога разбита.

С тех пор жители добирались до города на попутках или на такси, которое стоило около тысячи рублей в одну сторону.

Прошлым летом дорогу отремонтировали, и жители собрали 340 подписей с просьбой вернуть автобус. Район объявил конкурс, и маршрут взяло новое предприятие.

Автобус будет ходить три раза в день: в 6:40, 12:15 и 17:30. Билет стоит 64 рубля, пенсионеры ездят бесплатно.

Первый рейс пришёл без опоздания.

Среди первых пассажиров была 79-летняя Антонина Рябова, которая ехала в поликлинику.

«Шесть лет я просила соседей меня отвезти. Теперь сама поеду, как человек», — сказала она.

Глава поселения Сергей Мельников сказал, что если пассажиров будет достаточно, летом добавят рейс по выходным.
"""),
]
