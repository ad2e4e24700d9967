# Turkish, German, French, Spanish and Russian stories for the hundred-and-third held-out part (h103-*).
# Fictional; written for newsflow. Markup and fields as in articles_h103_en.py.
ARTICLES = [
dict(id="h103-tr-001", lang="tr", tpl="tumblr", site="Ilgınköy Defteri", kind="small",
     section="Kent", date="2026-10-09", byline="Sevgi Karaduman",
     title="Ilgınköy'ün ilk alışveriş merkezi açıldı: kalabalık, otopark ve tekerlekli sandalyeler",
     sub="Çarşı esnafı endişeli, gençler memnun. Cumartesi günü üç saatimi orada geçirdim.",
     caption="Ilgınköy Park alışveriş merkezinin girişi, açılış günü.", credit="Fotoğraf: Sevgi Karaduman",
     tags=["Ilgınköy", "alışveriş merkezi"],
     carry=["wheelchairloans"],
     look=[("bold", "Otopark öğlen dolmuştu."), ("italic", "\u201cBiz kırk yıldır buradayız")],
     body="""
Ilgınköy Park cumartesi sabahı saat 10.00'da kapılarını açtığında girişte yaklaşık iki yüz kişi bekliyordu. Çoğu gençti, bir kısmı da sadece merak edip gelmişti.

Eski un fabrikasının arsasına yapılan merkezde 64 mağaza, bir sinema ve on iki restoranlık bir yemek katı var. Belediyeye göre inşaat ve işletme birlikte 380 kişiye iş sağlayacak.

Otopark öğlen dolmuştu.

Akşamüstü ise boş yer bulmak için araçlar ana yolda sıraya girmişti.

Sarıyazı yolunda kuyruk akşama kadar sürdü; trafik polisi iki kez kavşağı elle yönetmek zorunda kaldı. Belediye Başkan Yardımcısı Necati Ölmez, hafta sonları için ek otobüs seferi konacağını söyledi.

Çarşıdaki esnaf ise tedirgin. Hükümet Caddesi'nde otuz yıldır ayakkabıcılık yapan Hayri Demirkol, cumartesi dükkânına neredeyse kimsenin uğramadığını anlattı.

\u201cBiz kırk yıldır buradayız, onlar bir günde geldi.\u201d

Merkezin engelli erişimi ise takdir topladı. Girişte ücretsiz ödünç tekerlekli sandalye verilmesi, annesini getiren bir okurumun dediğine göre \u201cilçede ilk kez düşünülmüş bir şey\u201d.

Açılış haftası boyunca merkez her gün 10.00 ile 22.00 arasında açık. Fotoğraflarınızı bana gönderirseniz burada paylaşırım.
"""),

dict(id="h103-tr-002", lang="tr", tpl="aem", site="Kıyı TV",
     section="Kıyının köyleri", date="2026-06-19", byline="Mert Çağlayan",
     title="Sarıyazı köy okulunun son öğretmeni: \u201cTahtaya ilk yazdığım kelime denizdi\u201d",
     sub="Okul eylülde taşımalı eğitime geçiyor. Nuriye Aksoy 27 yıl sonra sınıfın anahtarını teslim etti.",
     caption="Nuriye Aksoy, Sarıyazı İlkokulu'nun bahçesinde.", credit="Fotoğraf: Kıyı TV",
     body="""
Sarıyazı İlkokulu eylülde kapanıyor; köyün on bir öğrencisi bundan sonra her sabah servisle Ilgınköy'e gidecek. Okulun 27 yıldır tek öğretmeni olan Nuriye Aksoy ile son ders gününde konuştuk.

**Köye ilk geldiğiniz günü hatırlıyor musunuz?**

Eylül 1999. Yol toprak, okulun camlarından ikisi kırıktı. Tahtaya ilk yazdığım kelime denizdi, çünkü pencereden başka bir şey görünmüyordu.

**Kaç öğrenci okuttunuz?**

Defterlerime baktım: 214. Bazılarının şimdi kendi çocukları bu sınıfta oturuyor.

**Birleştirilmiş sınıf zor değil mi?**

Zor ama güzel. Dördüncü sınıflar birincilere okuma öğretiyor. Büyükler küçükleri hiç yalnız bırakmıyor.

**Okulun kapanmasına ne diyorsunuz?**

Üzgünüm ama anlıyorum. On bir çocuk için bir bina ısıtmak kolay değil. Yalnız servis saatleri çocuklar için çok erken.

**Ya bundan sonra siz ne yapacaksınız?**

Bahçedeki dut ağacını köy derneğine emanet ettim. Ben de emekliliğimde torunlarıma yakın olacağım.

Aksoy, veda gününde öğrencilerine birer defter ve kalem hediye etti. Velilerden biri, “Bizim de öğretmenimizdi, çocuklarımızın da,” dedi.

Okulun eşyaları temmuz sonuna kadar köy konağında sergilenecek; ziyaret için muhtarlığa başvurulabilir.
"""),

dict(id="h103-tr-003", lang="tr", tpl="duda", site="Ilgınköy Gazetesi", low=0,
     section="Kültür", date="2026-11-27", byline="Emel Sandıkçı",
     title="Ilgınköy halk kütüphanesi gece açık kalan okuma salonuna kavuştu",
     sub="Sınav dönemlerinde salon gece yarısına kadar açık olacak.",
     caption="Halk kütüphanesinin yenilenen okuma salonu.", credit="Fotoğraf: Emel Sandıkçı",
     body="""
Ilgınköy Halk Kütüphanesi'nin yenilenen okuma salonu pazartesi günü açıldı. Salon, üniversite ve lise sınavları öncesinde gece yarısına kadar öğrencilere hizmet verecek.

Eski lojman binasının zemin katı yıkılarak genişletilen salonda artık 86 masa, her masada priz ve okuma lambası var. Onarım, il özel idaresinin ayırdığı 2,4 milyon lira ile yapıldı.

## Neden gece?

Kütüphane müdürü Orhan Tezcan, geçen yıl kapanış saatinde kapıda bekleyen gençlerin sayısının her akşam arttığını anlattı. \u201cEvde sessiz bir köşesi olmayan çok öğrenci var,\u201d dedi.

## Gece güvenliği ve dönüş servisi

Gece saatlerinde binada bir güvenlik görevlisi bulunacak. Belediye, saat 23.30'da kütüphane önünden kalkacak bir ek servis koyacağını açıkladı.

## Kitaplar da yenilendi

Salonla birlikte çocuk bölümüne 1.800 yeni kitap alındı. Bağışlanan kitaplar ise köy okullarına gönderilecek.

İlk gece salona 64 öğrenci geldi. Lise son sınıf öğrencisi Zeynep Ekinci, evde üç kardeşiyle aynı odada ders çalıştığını, burada ilk kez saatlerce kesintisiz okuyabildiğini söyledi.

Okuma salonu hafta içi 08.00 ile 24.00, hafta sonu 10.00 ile 20.00 arasında açık.
"""),

dict(id="h103-de-001", lang="de", tpl="escenic", site="Kaldetal-Zeitung",
     section="Wiesenfels", date="2026-08-31", byline="Jana Brückmann",
     title="Schulstart in Wiesenfels: Eltern zahlen bis zu 280 Euro pro Kind",
     sub="Ranzen, Turnschuhe und Arbeitshefte: Eine Umfrage des Elternbeirats zeigt, was der Schulanfang kostet.",
     caption="Schulsachen in einem Schreibwarengeschäft in der Wiesenfelser Altstadt.", credit="Foto: Jana Brückmann",
     body_caption="Gebrauchte Schulranzen im Familienzentrum Moosbach.",
     tags=["Schulstart", "Elternbeirat"],
     carry=["uniformswap"], run_in=["uniformswap"],
     body="""
Teilen, tauschen, weitergeben: Das ist in diesem Jahr die Devise vieler Familien in Wiesenfels. Denn der Schulstart ist teuer geworden.

Der Gesamtelternbeirat der Wiesenfelser Schulen hat vor den Ferien 412 Familien befragt. Im Schnitt gaben Eltern von Erstklässlern 280 Euro für Ranzen, Federmäppchen, Hefte und Sportsachen aus. An den weiterführenden Schulen waren es rund 190 Euro, die Kosten für den Taschenrechner nicht eingerechnet.

Besonders ärgern sich Eltern über Materiallisten, die sich von Jahr zu Jahr ändern. „Letztes Jahr sollten es blaue Hefte sein, dieses Jahr grüne", sagt Beiratsvorsitzende Melanie Horstkötter.

Das Gymnasium am Kaldeufer verlangt seit zwei Jahren einheitliche Sportshirts mit Schullogo, die 24 Euro kosten. Schulleiter Bernd Olschewski verteidigt das: Die Shirts würden zehn Jahre halten und seien über den Förderverein auch gebraucht zu haben.

Die Stadt zahlt Familien mit wenig Geld über das Bildungspaket 195 Euro pro Schuljahr. Viele wissen davon aber nichts, sagt das Familienzentrum Moosbach, das beim Ausfüllen der Anträge hilft.

Der Elternbeirat will die Umfrage im nächsten Jahr wiederholen und die Ergebnisse dem Schulausschuss vorlegen.
"""),

dict(id="h103-de-002", lang="de", tpl="sitecore", site="Kaldetal Fernsehen",
     section="Wiesenfels", date="2026-02-12", byline="Till Ostermeier",
     title="Nach der Klinik allein zu Hause: Wiesenfelser Helferkreis begleitet Patienten",
     sub="Ehrenamtliche kaufen ein, fahren zum Arzt und schauen nach, ob alles klappt.",
     caption="Helferin Gisela Wendt bei einem Besuch in Lindhöfen.", credit="Bild: Kaldetal Fernsehen",
     carry=["wheelchairloans"],
     look=[("factbox", "So hilft der Helferkreis")],
     body="""
Wer nach einer Operation aus dem Kreiskrankenhaus Wiesenfels entlassen wird, steht oft vor einem leeren Kühlschrank. Genau da setzt der Helferkreis „Gut heimkommen" an, den der Sozialdienst der Klinik vor zwei Jahren gegründet hat.

Inzwischen sind 38 Ehrenamtliche dabei. Sie begleiten vor allem ältere Menschen, die allein leben und keine Angehörigen in der Nähe haben. Im vergangenen Jahr haben sie 214 Patientinnen und Patienten betreut.

## So hilft der Helferkreis

- Einkauf am Entlassungstag und in der ersten Woche
- Fahrten zum Hausarzt und zur Apotheke
- ein Anruf jeden Morgen, wenn gewünscht
- Hilfe beim Beantragen eines Pflegegrads

Gisela Wendt aus Lindhöfen ist seit dem ersten Tag dabei. „Oft geht es gar nicht um große Dinge", sagt die frühere Krankenschwester. „Man setzt sich hin, trinkt einen Kaffee und merkt, dass die Tabletten falsch sortiert sind."

Die Klinik will das Angebot nun auf die Reha-Station ausweiten und sucht dafür weitere Freiwillige.

Wer mitmachen möchte, meldet sich beim Sozialdienst des Kreiskrankenhauses, montags bis freitags von 9 bis 14 Uhr.
"""),

dict(id="h103-de-003", lang="de", tpl="bolt", site="Moosbacher Dorfbote",
     section="Sport", date="2026-05-18", byline="Selin Korkmaz",
     title="TSV Moosbach steigt nach 31 Jahren wieder in die Bezirksliga auf",
     sub="Ein 2:1 im letzten Heimspiel reicht dem Dorfverein zum Titel in der Kreisliga.",
     caption="Jubel auf dem Sportplatz in Moosbach nach dem Schlusspfiff.", credit="Foto: Moosbacher Dorfbote",
     only=["correction"],
     correction="Korrektur: In einer früheren Fassung stand, der Verein sei zuletzt 1993 aufgestiegen. Richtig ist 1995.",
     body="""
Der TSV Moosbach spielt in der kommenden Saison wieder in der Bezirksliga. Mit einem 2:1 gegen den SV Lindhöfen sicherte sich der Dorfverein am Sonntag vor rund 900 Zuschauern den Titel in der Kreisliga Kaldetal.

**Das Spiel**

Lindhöfen ging nach zwanzig Minuten durch einen Kopfball in Führung. Moosbach brauchte bis zur zweiten Halbzeit, ehe Kapitän Jonas Reitmeier nach einer Ecke ausglich. Den Siegtreffer erzielte der 17-jährige Luca Hartwig in der 84. Minute.

**Die Saison**

Der TSV verlor nur zwei von 28 Spielen. Trainer Uwe Falkenberg, der die Mannschaft vor drei Jahren im Abstiegskampf übernommen hatte, setzte fast nur auf Spieler aus dem eigenen Nachwuchs.

**Was jetzt kommt**

Für die Bezirksliga muss der Verein eine Flutlichtanlage nachrüsten. Die Gemeinde hat einen Zuschuss von 40.000 Euro zugesagt, den Rest will der TSV über Spenden aufbringen.

Gefeiert wird am Samstag ab 18 Uhr im Sportheim, die Aufstiegsmannschaft fährt vorher im offenen Wagen durchs Dorf.
"""),

dict(id="h103-fr-001", lang="fr", tpl="dle", site="Brévonne Infos",
     section="Logement", date="2026-10-21", byline="Perrine Lacombe",
     title="Brévonne : 300 chaudières anciennes remplacées gratuitement d'ici l'été",
     sub="La communauté de communes finance le changement des chaudières de plus de vingt ans chez les ménages modestes.",
     caption="Un chauffagiste installe une chaudière neuve à Brévonne.", credit="Photo : Perrine Lacombe",
     carry=["coalarms"], run_in=["coalarms"],
     body="""
La communauté de communes du Val d'Aurance va remplacer gratuitement 300 chaudières de plus de vingt ans chez des ménages aux revenus modestes, a annoncé son président, Gilles Faucheux, lundi soir.

Le programme, doté de 1,2 million d'euros, vise d'abord les logements anciens du centre de Brévonne et du hameau des Sorbiers, où les services techniques ont recensé de nombreuses installations vétustes. Une visite gratuite d'un technicien précède chaque remplacement.

L'hiver dernier, deux intoxications au monoxyde de carbone ont envoyé trois personnes à l'hôpital de Brévonne, dont un enfant de six ans. Dans les deux cas, une chaudière mal entretenue était en cause.

« Beaucoup de familles savent que leur chaudière est vieille, mais n'ont pas les moyens de la changer », explique Nadia Benhamou, conseillère au service habitat.

Les artisans retenus sont tous installés dans le canton. Les premiers chantiers commenceront en novembre.

Les dossiers sont à retirer à l'accueil de la mairie de Brévonne ou au service habitat, place du Foirail, du lundi au vendredi de 9 heures à 12 heures.
"""),

dict(id="h103-fr-002", lang="fr", tpl="silverstripe", site="L'Écho de l'Aurance",
     section="Commerces de Brévonne", date="2026-04-08", byline="Armelle Daubigny",
     title="Le marché du mercredi de Brévonne s'agrandit et change de place",
     sub="Quinze nouveaux étals s'installeront dès avril sur la place du Foirail, plus spacieuse.",
     caption="Le marché du mercredi, place de l'Église, à Brévonne.", credit="Photo : Armelle Daubigny",
     inset=("La place du Foirail, future adresse du marché.", "Photo : L'Écho de l'Aurance"),
     body="""
Après quarante ans sur la place de l'Église, le marché du mercredi de Brévonne déménage. À partir du 15 avril, il se tiendra sur la place du Foirail, deux fois plus grande, où quinze nouveaux commerçants pourront s'installer.

La décision a été votée à l'unanimité par le conseil municipal. Depuis deux ans, la liste d'attente des producteurs ne cessait de s'allonger, faute de place.

**Ce qui change pour les habitués du marché**

- un parking gratuit de 120 places à côté du marché
- des toilettes publiques rénovées
- un espace couvert pour les jours de pluie
- un marché ouvert jusqu'à 13 heures au lieu de midi

Parmi les nouveaux venus, on comptera un fromager des Sorbiers, deux maraîchers bio et un torréfacteur installé à Brévonne depuis l'an dernier.

Certains habitués regrettent la place de l'Église et ses platanes. « On va perdre un peu de charme », admet Josiane Fabre, qui vend ses volailles sur le marché depuis 1991. Elle reconnaît pourtant que ses clients âgés auront moins de mal à se garer.

Le premier marché sur la place du Foirail aura lieu le mercredi 15 avril, de 7 h 30 à 13 heures.
"""),

dict(id="h103-fr-003", lang="fr", tpl="jekyll", site="Les Nouvelles des Sorbiers",
     section="Patrimoine", date="2026-07-22", byline="Théo Marchadier",
     title="Le moulin des Sorbiers tourne de nouveau après dix ans d'arrêt",
     sub="Une association de bénévoles a restauré la roue et le mécanisme, pièce par pièce.",
     caption="La roue du moulin des Sorbiers remise en eau.", credit="Photo : Théo Marchadier",
     correction="Rectificatif : une version précédente de cet article indiquait que la roue mesure cinq mètres. Elle mesure quatre mètres.",
     carry=["correction"],
     look=[("callout", "Le moulin se visite")],
     body="""
Samedi matin, sous les applaudissements d'une centaine d'habitants, la roue du moulin des Sorbiers s'est remise à tourner. La dernière fois, c'était en 2016, avant qu'une crue de l'Aurance n'emporte une partie du bief.

Depuis quatre ans, l'association Les Amis du moulin travaille chaque week-end sur le chantier. Ses quarante bénévoles ont reconstruit le canal d'amenée, remplacé les pales en chêne de la roue de quatre mètres et démonté tout le mécanisme pour le nettoyer.

« On ne savait pas si on y arriverait », confie le président, Raymond Vigier, ancien menuisier. « Il a fallu retrouver des plans de 1870 aux archives départementales. »

Le chantier a coûté 86 000 euros, financés par la commune, la région, une souscription publique et la vente de crêpes à toutes les fêtes du canton.

Dès la rentrée, le moulin doit de nouveau produire de la farine de sarrasin, vendue sur place.

Le moulin se visite tous les dimanches de juillet et d'août, de 14 heures à 18 heures ; l'entrée est libre.
"""),

dict(id="h103-es-001", lang="es", tpl="generatepress", site="Valdecarrizo Digital",
     section="Educación", date="2026-09-07", byline="Lucía Arrabal",
     title="El AMPA del colegio San Isidro abre un ropero de uniformes de segunda mano",
     sub="Las familias pueden llevar prendas que ya no usan y llevarse las que necesitan, sin pagar nada.",
     caption="Voluntarias del AMPA ordenan uniformes en el colegio San Isidro.", credit="Foto: Lucía Arrabal",
     carry=["uniformswap"],
     body="""
A una semana del comienzo del curso, el AMPA del colegio San Isidro de Valdecarrizo ha abierto un ropero de uniformes de segunda mano en una antigua aula del edificio de infantil.

La idea surgió en junio, cuando varias madres comprobaron que el nuevo polo con el escudo del colegio costaba 22 euros y el chándal completo, 54. Con dos o tres hijos, la cuenta se disparaba.

En tres meses las familias han donado más de 600 prendas, entre polos, faldas, pantalones y chaquetas de punto. Las voluntarias las han lavado, clasificado por tallas y colgado en percheros prestados por una tienda que cerró en El Olmedillo.

«No es caridad, es sentido común: los niños crecen más rápido que se gasta la ropa», dice la presidenta del AMPA, Rocío Santamaría.

La dirección del centro apoya la iniciativa y ha recordado que el uniforme no es obligatorio para las familias que no puedan costearlo.

El AMPA pide que la ropa se entregue limpia y en buen estado. También acepta mochilas y estuches.
"""),

dict(id="h103-es-002", lang="es", tpl="craft", site="Gaceta de la Vega del Carrizo",
     section="Salud y mayores", date="2026-03-30", byline="Marcos Villaescusa",
     title="El hospital comarcal de Valdecarrizo estrena una unidad para preparar las altas",
     sub="Enfermeras de enlace llaman a los pacientes mayores en los días siguientes a volver a casa.",
     caption="La nueva unidad de altas del hospital comarcal.", credit="Foto: Marcos Villaescusa",
     caption2="Una enfermera de enlace llama a un paciente desde la unidad.", credit2="Foto: Gaceta de la Vega del Carrizo",
     carry=["wheelchairloans"],
     look=[("dropcap", "Volver a casa después")],
     body="""
Volver a casa después de una semana en el hospital puede ser más difícil que la propia operación. Con esa idea, el hospital comarcal de Valdecarrizo ha puesto en marcha una unidad de continuidad de cuidados que prepara las altas de los pacientes mayores de 75 años.

La unidad la forman tres enfermeras de enlace y una trabajadora social. Desde el primer día de ingreso revisan con la familia si la vivienda tiene escaleras, si el paciente vive solo y qué ayudas técnicas va a necesitar.

Tras el alta, una de las enfermeras llama por teléfono a las 48 horas y a la semana. Si algo no va bien, puede organizar una visita del centro de salud del pueblo.

En los primeros dos meses han pasado por la unidad 186 pacientes. Según la supervisora, Amparo Guillén, los reingresos en el primer mes han bajado de forma notable, aunque prefiere esperar a tener datos de un año.

Francisca Olmos, de 81 años, salió del hospital en febrero tras romperse la cadera. «Me llamaron cuando dijeron que me llamarían, y eso ya es mucho», cuenta.

La unidad atiende en la primera planta del hospital, de lunes a viernes, de 8.00 a 15.00.
"""),

dict(id="h103-es-003", lang="es", tpl="beaverbuilder", site="Crónica del Carrizo", low=0,
     section="Fiestas", date="2026-08-12", byline="Inés Zarzuela",
     title="Valdecarrizo recupera la noche de los faroles después de treinta años",
     sub="Los vecinos de El Olmedillo han fabricado más de cuatrocientos faroles de papel para la fiesta.",
     caption="Faroles de papel en la calle Mayor de Valdecarrizo.", credit="Foto: Inés Zarzuela",
     body="""
La noche del sábado, las calles del casco antiguo de Valdecarrizo se apagaron a las diez en punto. Unos segundos después, más de cuatrocientos faroles de papel se encendieron a la vez desde los balcones.

Así volvió la noche de los faroles, una tradición que el pueblo había dejado de celebrar a mediados de los años noventa.

## Cómo volvió la fiesta

La idea partió de la asociación de mujeres de El Olmedillo, que encontró en un desván fotografías de la última edición. Desde marzo, sus socias han impartido talleres en el centro social para enseñar a vecinos de todas las edades a montar los faroles con varillas de caña.

## Una noche sin coches

El ayuntamiento cortó el tráfico en el casco antiguo y apagó el alumbrado público durante una hora. La banda municipal recorrió las calles tocando pasodobles y una orquesta cerró la noche en la plaza.

## El año que viene

La alcaldesa, Pilar Cendrero, anunció que la fiesta se celebrará cada segundo sábado de agosto. La asociación ya ha pedido más varillas.

Los talleres para el próximo año empezarán en mayo en el centro social, los jueves por la tarde.
"""),

dict(id="h103-ru-001", lang="ru", tpl="liferay", site="ГТРК «Ивница»",
     section="Новости Ивнякова", date="2026-01-28", byline="Алина Заварзина",
     title="В Ивнякове из-за утечки газа расселили подъезд пятиэтажки",
     sub="Газовики нашли повреждённую трубу в подвале дома на улице Строителей.",
     caption="Аварийная бригада у дома на улице Строителей.", credit="Фото: ГТРК «Ивница»",
     inset=("Жильцы ждут разрешения вернуться домой.", "Фото: ГТРК «Ивница»"),
     carry=["coalarms"],
     body="""
В Ивнякове в среду вечером из-за утечки газа эвакуировали жителей второго подъезда пятиэтажного дома на улице Строителей. Запах газа почувствовали соседи с первого этажа и вызвали аварийную службу.

Газовики обнаружили повреждённый участок трубы в подвале дома. По предварительной версии, его задели рабочие, которые накануне меняли канализационные трубы. Подачу газа в дом перекрыли.

Двадцать шесть человек, среди них пятеро детей, провели несколько часов в автобусе, который прислала администрация, и в соседней школе. Пострадавших нет.

К утру трубу заменили, и жильцы вернулись в квартиры. Газ в подъезде обещают включить после проверки всех плит.

В прокуратуре района сообщили, что проверят, кто разрешил проводить работы без согласования с газовой службой.

Глава Ивнякова Сергей Толмачёв поручил до конца месяца проверить подвалы всех домов, где идёт капремонт.

Жильцы рассказали, что слабый запах газа чувствовался в подвале ещё во вторник, но тогда никто не придал этому значения. Теперь управляющая компания обещает проверять подвалы после любых работ.

При запахе газа нужно открыть окна, не включать свет и выйти из квартиры, а затем позвонить по номеру 104 или 112.
"""),

dict(id="h103-ru-002", lang="ru", tpl="magnolia", site="Ивняковский вестник",
     section="Район и сёла", date="2026-12-04", byline="Геннадий Рябушкин",
     title="Водитель автобуса до Заливного: «Бабушки знают меня по имени»",
     sub="Двадцать два года Виктор Лапшин возит пассажиров по одному и тому же маршруту.",
     caption="Виктор Лапшин в кабине своего автобуса.", credit="Фото: Геннадий Рябушкин",
     inset=("Конечная остановка в селе Заливное.", "Фото: Ивняковский вестник"),
     body="""
Маршрут № 7 Ивняково — Заливное — самый длинный в районе: 38 километров по берегу Ивницы. Виктор Лапшин водит по нему автобус с 2004 года. В декабре он уходит на пенсию.

**Сколько раз вы проехали этот маршрут?**

Считал как-то: больше двадцати тысяч рейсов. Это как до Луны и обратно, только по нашим ямам.

**Пассажиры вас знают?**

Бабушки знают меня по имени, я знаю их по остановкам. Если кого-то нет два дня, спрашиваю у соседей, не заболела ли.

**Самый трудный рейс?**

Зимой 2010 года, в метель. Шли со скоростью пешехода, последние три километра я ехал за трактором. Довёз всех.

**А что изменилось на маршруте за эти годы?**

Дорогу до Заливного наконец заасфальтировали. Детей в автобусе стало меньше, а пенсионеров больше.

**Чем займётесь после последнего рейса?**

Рыбачить. Ивница никуда не денется.

Начальник автостанции Ольга Мельникова говорит, что замену Лапшину ищут уже полгода: молодые водители на сельский маршрут идут неохотно.

Проводить Виктора Петровича коллеги приглашают всех желающих: в пятницу, 18 декабря, в 17:00 на автостанции.
"""),

dict(id="h103-ru-003", lang="ru", tpl="neos", site="Ивняково сегодня",
     section="Жизнь Ивнякова", date="2026-04-02", byline="Дарья Кудимова",
     title="Ивница вскрылась на неделю раньше срока: в Заливном подтопило огороды",
     sub="Спасатели дежурят у моста, жителей низинных улиц просят не оставлять машины у реки.",
     caption="Ледоход на Ивнице у моста в Заливном.", credit="Фото: Дарья Кудимова",
     look=[("highlight", "Ледоход на Ивнице начался")],
     body="""
Ледоход на Ивнице начался в ночь на вторник, почти на неделю раньше, чем обычно. Уровень воды за сутки поднялся на 74 сантиметра. В селе Заливном вода вышла на огороды у реки.

## Что с домами

Жилые дома не подтоплены. Вода подошла к заборам на улицах Набережной и Рыбацкой, но, по данным районной администрации, до подвалов ей остаётся около полуметра.

## Мост и дороги

У моста в Заливном круглосуточно дежурят спасатели и техника. Если лёд начнёт скапливаться у опор, его будут разрушать. Движение по мосту пока открыто.

## Что советуют жителям

Машины не оставлять у реки, ценные вещи из подвалов поднять повыше, детей к воде не отпускать. Лёд на Ивнице сейчас опасен везде.

Гидрологи ожидают пика паводка в выходные. Старожилы вспоминают, что так рано река вскрывалась только в 2007 году.

В районной администрации напоминают, что компенсацию за подтопленные участки могут получить только те, кто подаст заявление до конца апреля. Бланки выдают в администрации и в сельском клубе Заливного.

Телефон оперативного дежурного администрации района — 2-11-40, он работает круглосуточно.
"""),
]
