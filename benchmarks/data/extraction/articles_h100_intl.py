# Turkish, German, French, Spanish and Russian stories for the hundredth held-out part (h100-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h100_en.py.
ARTICLES = [
dict(id="h100-tr-001", lang="tr", tpl="webflow",
     section="Sağlık", date="2026-03-18", byline="Zeynep Akdoğan",
     title="Kirazbağı'nda bebekler artık ilçeye gitmeden izlenecek",
     sub="Yeni aile sağlığı merkezi haftada iki gün bebek ve gebe izlemi yapacak.",
     caption="Kirazbağı Aile Sağlığı Merkezi'nin bekleme salonu.", credit="Fotoğraf: Zeynep Akdoğan",
     carry=["babyclinics"], run_in=["babyclinics"],
     look=[("highlight", "Merkezde bir aile hekimi")],
     body="""
Kirazbağı'nda yapımı iki yıl süren aile sağlığı merkezi pazartesi günü hasta kabulüne başladı. Köyde ve çevresindeki dört mahallede yaşayan yaklaşık 3.500 kişi, muayene için artık Gökçeyurt'a gitmek zorunda kalmayacak.

Şimdiye kadar anneler, bebeklerini tartmak ve aşılatmak için dolmuşla 40 dakikalık yol gidiyordu. Kışın yol kapandığında randevular haftalarca ertelenebiliyordu.

Merkezde bir aile hekimi, bir ebe ve bir hemşire görev yapacak. Salı ve perşembe günleri öğleden sonra yalnızca bebek ve gebe izlemine ayrıldı.

Ebe Gülsüm Tarhan, ilk hafta 60'tan fazla annenin kapıyı çaldığını anlattı. "Bazı bebekler doğduklarından beri hiç tartılmamıştı. Anneler yolun zorluğundan gelemiyordu," dedi.

Üç aylık kızı Elif'i kucağında getiren Merve Yalçın ise merkezin evine beş dakika uzaklıkta olduğunu söyledi. "Eskiden bütün günümü alıyordu, şimdi çay demlenene kadar dönüyorum," diye konuştu.

İlçe sağlık müdürü Dr. Kemal Ersoy, merkezin ilk yılında doğum öncesi takipte kayıt oranını yüzde 95'e çıkarmayı hedeflediklerini söyledi.

Merkez hafta içi her gün 08.00 ile 17.00 arasında açık; bebek izlemi için randevu gerekmiyor.
"""),

dict(id="h100-tr-002", lang="tr", tpl="bitrix",
     section="Eğitim", date="2026-01-14", byline="Gökçeyurt Haber Ajansı",
     title="Gökçeyurt'taki köy okullarında kalorifer yakıtı şubatı çıkarmayacak",
     sub="Okul aile birlikleri velilerden yardım istedi, il milli eğitim müdürlüğü ek ödenek için çalışma başlattı.",
     caption="Çobanpınarı İlkokulu'nun kömürlüğü.", credit="Fotoğraf: Gökçeyurt Haber Ajansı",
     body="""
Gökçeyurt'a bağlı altı köy okulunda kalorifer yakıtının şubat ortasında biteceği bildirildi. Okul müdürleri, bu yıl okullara gönderilen ödeneğin geçen yılki kömür fiyatlarına göre hesaplandığını söylüyor.

## Ödenek yetmedi

Çobanpınarı İlkokulu Müdürü Hasan Kılıçarslan, okulun 24 ton kömüre ihtiyacı olduğunu ancak ödenekle yalnızca 16 ton alınabildiğini açıkladı. "Aralık soğuk geçti, depo beklediğimizden hızlı boşaldı," dedi.

Okul aile birlikleri, son iki haftada velilerden toplanan bağışlarla üç okul için birer kamyon kömür satın aldı. Ancak birlik başkanları bunun kalıcı bir çözüm olmadığını vurguluyor.

Kirazbağı Ortaokulu Okul Aile Birliği Başkanı Sevgi Doğru, "Her veli elinden geleni verdi ama köyde herkesin durumu belli. Çocukların montla derse girmesini istemiyoruz," diye konuştu.

## Müdürlük ne diyor

İl Milli Eğitim Müdürlüğü, okulların ek ödenek taleplerini Ankara'ya ilettiğini ve ay sonuna kadar yanıt beklediğini bildirdi. Müdürlük, yakıtı biten okullarda uzaktan eğitime geçilmeyeceğini de açıkladı.

Yetkililer gerekirse yakıtı fazla olan ilçe merkezindeki okullardan köy okullarına kömür aktarılacağını söylüyor.

Bağış yapmak isteyenler okul müdürlüklerine başvurabilir.
"""),

dict(id="h100-tr-003", lang="tr", tpl="k2",
     section="Yaşam", date="2026-06-05", byline="Murat Soylu",
     title="Gökçeyurt'un son demircisi: Örs susarsa çarşı da susar",
     sub="Ramazan Usta, babasından kalan dükkânda 52 yıldır nal ve çapa dövüyor.",
     caption="Ramazan Usta dükkânında örsün başında.", credit="Fotoğraf: Murat Soylu",
     body="""
Gökçeyurt çarşısının en alt köşesindeki küçük dükkândan hâlâ her sabah çekiç sesi yükseliyor. Ramazan Tekin, ya da çarşıdaki adıyla Ramazan Usta, 52 yıldır aynı örsün başında.

Babasından devraldığı dükkânda bugün ilçenin son demircisi o. Kendisiyle ocağın başında konuştuk.

**Demirciliğe nasıl başladınız?**

On iki yaşımdaydım. Okuldan çıkınca babamın körüğünü çekerdim. Sonra bir gün çekici elime verdi, o günden beri bırakmadım.

**Eskiden en çok ne yapardınız?**

Nal, çapa, kazma, orak. Köylerden her hafta at getirirlerdi. Şimdi at kalmadı, traktör geldi.

**Peki bugün kimler geliyor?**

Bahçesi olanlar çapa yaptırıyor, kasaplar bıçak bileyletiyor. Bir de şehirden gelenler var, şömine demiri, kapı tokmağı istiyorlar.

**Yanınızda çırak yetişiyor mu?**

Yok. Gençler gelip bakıyor, fotoğraf çekiyor, sonra gidiyor. Bu iş sabır ister, ateşin yanında saatlerce durmak ister.

**Sizden sonra bu dükkân ne olacak?**

Oğlum İstanbul'da. Belediye başkanı dükkânı müze yapalım dedi. Ben de olur dedim, ama ben öldükten sonra.

Ramazan Usta'nın dükkânı pazar hariç her gün sabah yediden akşam beşe kadar açık.
"""),

dict(id="h100-de-001", lang="de", tpl="weebly", site="Naturschutzgruppe Kranichmoor e.V.", kind="small",
     section="Aus der Gruppe", date="2026-02-20", byline="Ute Brinkhaus",
     title="Winterzählung im Eiskeller: 63 Fledermäuse hängen unter der alten Brauerei",
     sub="So viele Tiere wie noch nie seit Beginn unserer Zählungen.",
     caption="Ein Braunes Langohr an der Decke des Eiskellers.", credit="Foto: Ute Brinkhaus",
     carry=["batrescue"], run_in=["batrescue"],
     body="""
Am vergangenen Samstag sind wir wieder mit Stirnlampen und Zähllisten in den Eiskeller der ehemaligen Brauerei Kranichmoor gestiegen. Das Ergebnis hat uns alle überrascht: 63 überwinternde Fledermäuse, so viele wie nie zuvor.

Als wir 2012 mit den Zählungen begannen, fanden wir im selben Keller gerade einmal elf Tiere.

**Was wir gefunden haben**

Am häufigsten waren wieder Wasserfledermäuse, die in kleinen Gruppen in den Mauerritzen stecken. Dazu kamen Fransenfledermäuse, mehrere Braune Langohren und zum ersten Mal zwei Mopsfledermäuse.

Gezählt wird nur mit Taschenlampe und Fernglas, ohne die Tiere zu berühren. Nach einer Stunde waren wir wieder draußen, damit die Fledermäuse nicht aufwachen.

**Warum es so gut aussieht**

Vor vier Jahren haben wir mit der Gemeinde Wendelsfeld den Eingang mit einem Gitter gesichert. Seitdem kommen keine Besucher mehr hinein, und die Temperatur im Keller bleibt den ganzen Winter knapp über fünf Grad.

Unser Dank gilt Familie Oberholz, der das Brauereigelände gehört und die uns jedes Jahr den Schlüssel gibt.

Wer unsere Arbeit verfolgen möchte, kann im April zur nächsten Aktion kommen: Dann hängen wir am Waldrand neue Fledermauskästen auf. Treffpunkt ist am 18. April um 10 Uhr am Wanderparkplatz Kranichmoor.
"""),

dict(id="h100-de-002", lang="de", tpl="wix", site="Bürgerverein Oberlüttich e.V.", kind="small",
     section="Neues aus Oberlüttich", date="2026-09-09", byline="Holger Wennemann",
     title="Das alte Pfarrhaus wird zum Familienzentrum",
     sub="Ab Oktober gibt es in Oberlüttich eine Hebammensprechstunde, einen Krabbeltreff und eine Spielecke.",
     caption="Das alte Pfarrhaus an der Kirchgasse.", credit="Foto: Holger Wennemann",
     carry=["babyclinics"],
     body="""
Drei Jahre stand das alte Pfarrhaus an der Kirchgasse leer. Ab dem 1. Oktober zieht dort wieder Leben ein: Der Bürgerverein eröffnet zusammen mit der Gemeinde Wendelsfeld und der Kirchengemeinde das erste Familienzentrum in Oberlüttich.

Die Idee entstand bei unserer Dorfversammlung im vergangenen Herbst. Viele junge Familien haben erzählt, wie weit die Wege geworden sind, seit die Kinderärztin in Wendelsfeld in den Ruhestand gegangen ist.

Im Familienzentrum wird es zunächst geben:

- eine Hebammensprechstunde jeden Dienstagvormittag
- einen Krabbeltreff für Eltern mit Kindern bis drei Jahre
- eine Spielecke mit Büchertausch im ehemaligen Amtszimmer
- einmal im Monat eine Beratung des Jugendamts

Die Gemeinde zahlt die Heizung und den Strom, die Kirchengemeinde überlässt uns das Haus mietfrei. Möbel, Spielsachen und Farbe haben Mitglieder gespendet, und an vier Samstagen im Sommer haben rund 30 Helferinnen und Helfer gestrichen und geputzt.

Hebamme Friederike Sandkamp, die selbst in Oberlüttich wohnt, freut sich auf die Sprechstunde. „Viele Mütter fahren mit dem Neugeborenen eine halbe Stunde, nur um es wiegen zu lassen. Das hat jetzt ein Ende“, sagt sie.

Zur Eröffnung laden wir am Sonntag, 4. Oktober, ab 14 Uhr zu Kaffee und Kuchen ins Pfarrhaus ein.
"""),

dict(id="h100-de-003", lang="de", tpl="ghost",
     section="Kultur", date="2026-06-17", byline="Katrin Lohbeck",
     title="Freilichtbühne Wendelsfeld spielt wieder – nach zwei Jahren Bauzeit",
     sub="Neue Tribüne, neues Dach über der Bühne und ein Sommerstück, das im Dorf spielt.",
     caption="Proben auf der Freilichtbühne am Burgberg.", credit="Foto: Katrin Lohbeck",
     look=[("br", "Die Karten für die Premiere")],
     body="""
Auf der Freilichtbühne am Burgberg wird wieder gespielt. Nach zwei Jahren Umbau feiert der Theaterverein Wendelsfeld am Samstag Premiere mit einem Stück, das die Laien selbst geschrieben haben.

Die alte Holztribüne war 2023 gesperrt worden, weil mehrere Stützen morsch waren. Seitdem musste der Verein in der Turnhalle spielen, vor höchstens 150 Zuschauern.

Die neue Tribüne aus Stahl und Lärchenholz bietet 620 Plätze, und über der Bühne hängt jetzt ein Segeldach, das bei Regen geschlossen werden kann. Der Umbau hat 1,4 Millionen Euro gekostet; den größten Teil haben Land und Kreis bezahlt.

„Wir haben zwei Sommer lang nur geprobt und gewartet“, sagt Vereinsvorsitzender Jens Hagedorn. „Jetzt wollen wir zeigen, wofür sich das gelohnt hat.“

Das Stück heißt „Der Brunnen von Wendelsfeld“ und erzählt von einem Streit zweier Familien um das Wasser des Dorfes im Jahr 1911. Geschrieben haben es drei Vereinsmitglieder, die dafür im Stadtarchiv alte Gemeinderatsprotokolle gelesen haben.

Auf der Bühne stehen 46 Spielerinnen und Spieler, das jüngste ist sieben Jahre alt, der älteste 81.

Die Karten für die Premiere waren nach zwei Tagen verkauft.
Für die übrigen elf Vorstellungen bis Ende August gibt es noch Plätze.

Karten gibt es in der Buchhandlung am Markt und an der Abendkasse ab 19 Uhr.
"""),

dict(id="h100-fr-001", lang="fr", tpl="tilda",
     section="Solidarité", date="2026-11-05", byline="Agathe Vernhes",
     title="À la médiathèque de Roquebrèze, les protections périodiques sont en libre-service",
     sub="Depuis la rentrée, serviettes et tampons sont à disposition gratuitement, sans avoir à demander.",
     caption="Le panier de protections dans les toilettes de la médiathèque.", credit="Photo : Agathe Vernhes",
     carry=["periodproducts"], run_in=["periodproducts"],
     body="""
Un panier en osier, posé sur une étagère des toilettes de la médiathèque de Roquebrèze, et une petite affiche : « Servez-vous. » Depuis septembre, serviettes hygiéniques et tampons y sont proposés gratuitement, à qui en a besoin.

L'idée vient de deux lycéennes du conseil municipal des jeunes, Inès et Maëlys, qui avaient présenté le projet au printemps. « Beaucoup de filles de notre classe ratent des cours ou se débrouillent avec du papier toilette », expliquait alors Inès devant les élus.

**Un budget de 3 000 euros**

La commune a voté une enveloppe de 3 000 euros pour l'année. Les protections sont achetées à une entreprise de la région qui fabrique des produits bio.

La bibliothécaire Sandrine Fabre remplit le panier deux fois par semaine. « Il se vide vite, surtout le mercredi après-midi et le samedi, dit-elle. On ne pose aucune question, c'est tout l'intérêt. »

**Bientôt d'autres lieux**

Si l'essai est concluant, la mairie envisage d'installer des distributeurs au gymnase, à la salle des fêtes et à l'accueil de la mairie. Le collège des Ajoncs, qui dépend du département, a déjà demandé à suivre l'exemple.

Au passage, les jeunes élus ont aussi obtenu que la médiathèque propose des cookies maison lors de l'heure du conte du samedi.

La médiathèque est ouverte le mardi et le vendredi de 14 h à 18 h, le mercredi et le samedi de 10 h à 18 h.
"""),

dict(id="h100-fr-002", lang="fr", tpl="odoo", site="L'Écho des Ajoncs",
     section="Nature", date="2026-07-27", byline="Bastien Roumégous",
     title="Dans les combles de l'église des Ajoncs, une colonie de 300 chauves-souris",
     sub="Les bénévoles ont compté les femelles et leurs petits à la sortie du gîte, un soir de juillet.",
     caption="L'église Saint-Martin des Ajoncs, au crépuscule.", credit="Photo : Bastien Roumégous",
     carry=["batrescue"],
     look=[("callout", "Le comptage se fait")],
     body="""
Il était 21 h 40 quand la première chauve-souris s'est glissée par la fente du clocher. En quarante minutes, les six bénévoles postés autour de l'église Saint-Martin des Ajoncs en ont compté 312.

Il s'agit d'une colonie de Grands Murins, une espèce protégée, installée dans les combles depuis au moins les années 1980. Chaque été, les femelles s'y regroupent pour mettre bas et élever leur petit.

Le comptage se fait à la sortie du gîte, sans entrer dans les combles, pour ne pas déranger les mères.

Le groupe chiroptères du département suit la colonie depuis quinze ans. Son animateur, Loïc Canitrot, est rassuré : « En 2019, nous étions descendus à 180 individus après des travaux sur la toiture. La colonie a retrouvé son niveau d'avant. »

Ces travaux avaient été menés avant que la commune ne signe une convention avec l'association. Désormais, toute intervention dans les combles est programmée en hiver, quand les animaux sont partis.

Le maire, Gérard Lapeyre, en est plutôt fier. « On a des chauves-souris plein l'église, et tout le village le sait, dit-il en riant. Les enfants de l'école viennent les voir sortir chaque année. »

Une soirée de découverte est prévue le vendredi 14 août à 21 h, sur la place de l'église. Gratuit, prévoir une lampe.
"""),

dict(id="h100-fr-003", lang="fr", tpl="magazine",
     section="Portrait", date="2026-10-20", byline="Clémence Aubrac",
     title="Jeanine Cabanès, quarante étés de transhumance sur le causse",
     sub="À 68 ans, la bergère de Roquebrèze a conduit son troupeau vers les estives pour la dernière fois.",
     caption="Jeanine Cabanès et ses brebis au col de la Vézonne.", credit="Photo : Clémence Aubrac",
     pull="Je connais chaque brebis à sa façon de marcher",
     look=[("dropcap", "Chaque année, début juin"), ("box", "Vous partirez encore avec elles")],
     body="""
Chaque année, début juin, Jeanine Cabanès prenait la route des estives avec ses 400 brebis, ses deux chiens et un âne chargé du sel. Cet été, elle l'a fait pour la dernière fois : sa nièce reprend le troupeau.

Nous l'avons rencontrée dans sa bergerie, au-dessus de Roquebrèze.

**Comment êtes-vous devenue bergère ?**

Par hasard. J'étais institutrice à Millau. J'ai épousé un berger, il est tombé malade la deuxième année, et il a bien fallu que quelqu'un monte avec les bêtes.

**La montée, c'est dur ?**

Trois jours de marche, quarante kilomètres. Le plus dur, c'est la traversée du village de la Vézonne, avec les voitures. Les brebis ont peur du goudron.

**Vous les connaissez toutes ?**

Je connais chaque brebis à sa façon de marcher. Celle qui boite un peu, celle qui traîne derrière, celle qui veut toujours passer devant.

**Et le loup ?**

Il est revenu il y a six ans. On a pris des patous, on dort moins. Mais on n'a jamais perdu plus de trois bêtes dans un été.

**Vous partirez encore avec elles ?**

Ma nièce me l'a demandé. Je monterai un jour ou deux, pour voir l'herbe. Mais je redescendrai le soir.

La fête de la descente des troupeaux aura lieu le dimanche 27 septembre sur la place de Roquebrèze, à partir de 11 h.
"""),

dict(id="h100-es-001", lang="es", tpl="blogger", site="Asociación Vecinal La Solana de Navalmoro", kind="small",
     section="Noticias de la asociación", date="2026-05-26", byline="Asociación Vecinal La Solana",
     title="El lavadero de la calle Fuente vuelve a abrir, ahora como local de todos",
     sub="Tras un año de obras, el antiguo lavadero será sala de reuniones, biblioteca de barrio y punto de encuentro.",
     caption="El lavadero de la calle Fuente tras la restauración.", credit="Foto: Asociación Vecinal La Solana",
     body="""
Queridos vecinos y vecinas: ¡ya está! Después de un año de obras, el viejo lavadero de la calle Fuente vuelve a abrir sus puertas el sábado 6 de junio.

Muchos recordaréis a vuestras madres y abuelas lavando allí la ropa hasta bien entrados los años setenta. Desde entonces el edificio estaba cerrado, con el tejado hundido y las pilas llenas de zarzas.

En 2024 la asociación pidió al Ayuntamiento de Villarejo de la Sierpe que lo restaurara y nos cediera su uso. Con una subvención de la Diputación y muchas horas de trabajo voluntario, lo hemos conseguido.

El nuevo local tendrá:

- una sala para reuniones y talleres con capacidad para 40 personas
- una pequeña biblioteca de barrio con libros donados
- las pilas de piedra originales, restauradas, con un panel que cuenta su historia
- un aseo adaptado

Queremos dar las gracias a Paco el albañil, que ha trabajado casi todos los sábados sin cobrar, y a las vecinas que han recogido fotos antiguas del lavadero para la exposición.

Las llaves las tendrá la junta directiva, y cualquier socio podrá reservar la sala para actividades sin ánimo de lucro.

La inauguración será el sábado 6 de junio a las 12.00, con una limonada y la exposición de fotos. Os esperamos a todos.
"""),

dict(id="h100-es-002", lang="es", tpl="elementor",
     section="Villarejo", date="2026-03-09", byline="Nerea Valcárcel",
     title="Villarejo de la Sierpe aprueba su primer plan de igualdad con productos menstruales gratuitos",
     sub="El plan incluye dispensadores en el instituto, el polideportivo y el centro de salud.",
     caption="Pleno del Ayuntamiento de Villarejo de la Sierpe.", credit="Foto: Nerea Valcárcel",
     carry=["periodproducts"],
     look=[("highlight", "El plan fue aprobado"), ("callout", "Los dispensadores se repondrán")],
     body="""
El Ayuntamiento de Villarejo de la Sierpe aprobó el jueves su primer plan municipal de igualdad, que tendrá vigencia hasta 2030 y un presupuesto de 186.000 euros.

El plan fue aprobado con los votos del equipo de gobierno y de uno de los dos grupos de la oposición. El otro se abstuvo porque considera que algunas medidas duplican las de la Junta.

Entre sus 42 medidas, la que más ha llamado la atención es la instalación de dispensadores gratuitos de compresas y tampones en el instituto, el polideportivo municipal, la biblioteca y el centro de salud de Navalmoro.

La concejala de Igualdad, Rocío Benavente, explicó que la idea surgió de una encuesta en el instituto. «Una de cada cinco alumnas nos dijo que alguna vez había faltado a clase por no tener con qué», señaló.

Los dispensadores se repondrán cada semana por el personal municipal de limpieza.

El plan también prevé talleres de corresponsabilidad en los colegios, un punto violeta en todas las fiestas del municipio y la ampliación del horario de la ludoteca para familias que trabajan por turnos.

La asociación de mujeres Almonda, que participó en la redacción del plan, celebró la aprobación pero pidió que se publique cada año un informe de seguimiento.

El documento completo puede consultarse en el tablón de anuncios del Ayuntamiento, en la plaza Mayor, de lunes a viernes de 9.00 a 14.00.
"""),

dict(id="h100-es-003", lang="es", tpl="nicepage", site="Crónica de Villarejo",
     section="Local", date="2026-06-29", byline="Íñigo Carrasco",
     title="La piscina municipal de Navalmoro abre tras tres veranos cerrada",
     sub="El vaso nuevo, los vestuarios y la zona de sombra han costado 640.000 euros.",
     caption="La piscina de Navalmoro el día de su reapertura.", credit="Foto: Íñigo Carrasco",
     look=[("dropcap", "A las doce en punto")],
     body="""
A las doce en punto del sábado, una docena de niños se tiró de cabeza a la piscina municipal de Navalmoro, cerrada desde el verano de 2023. Sus padres, desde el césped, aplaudían.

La piscina tuvo que clausurarse por una fuga en el vaso que hacía perder miles de litros de agua al día. El Ayuntamiento de Villarejo de la Sierpe, del que depende la pedanía, tardó dos años en conseguir la financiación para rehacerla.

## Qué ha cambiado

La obra ha costado 640.000 euros, la mitad aportada por la Diputación. Además del vaso nuevo, de 25 metros, se han construido vestuarios accesibles, una piscina infantil con rampa y una zona de sombra con pérgolas junto al bar.

El alcalde, Julián Montoya, reconoció que la espera había sido larga. «Sé que tres veranos sin piscina en un pueblo como este son muchos. Por eso queríamos que, cuando abriera, mereciera la pena», dijo.

## El pueblo, otra vez lleno

Los vecinos más mayores recuerdan que la piscina se inauguró en 1979 y que durante décadas fue el lugar de encuentro de todo el verano.

Carmen Ruiz, que vive enfrente, lo resume así: «Sin piscina, los chavales se iban a la de Villarejo y el pueblo se quedaba vacío. Hoy parece otra vez agosto de los de antes».

La piscina abre todos los días de 11.00 a 20.00 hasta el 6 de septiembre. La entrada cuesta 3 euros y el bono de temporada, 45.
"""),

dict(id="h100-ru-001", lang="ru", tpl="broadcaster",
     section="Новости", date="2026-05-06", byline="Ирина Мохова",
     title="Паром через Журавку снова возит жителей Кукушкина",
     sub="После трёх лет перерыва переправа работает по расписанию, билет стоит 40 рублей.",
     caption="Паром у причала в Кукушкине.", credit="Фото: Ирина Мохова",
     watch=("капитан парома о первом рейсе после трёх лет перерыва", "жители Кукушкина о дороге в объезд через мост"),
     body="""
Паромная переправа через реку Журавку между Журавлинском и селом Кукушкино снова работает. Первый рейс в понедельник утром совершил паром «Лосиный Брод», отремонтированный за счёт областного бюджета.

Переправа не работала три года: старый паром признали непригодным, а денег на новый не было. Всё это время жителям Кукушкина приходилось ездить в город в объезд через мост, а это 46 километров вместо трёх.

**Что изменилось на пароме**

Паром прошёл капитальный ремонт на судоверфи в областном центре. На нём заменили двигатель и палубу, установили навес для пассажиров. За один рейс он может перевезти шесть легковых машин и до 50 человек.

Билет для пешехода стоит 40 рублей, для легкового автомобиля — 250. Школьники и пенсионеры Кукушкина ездят бесплатно.

**Люди ждали три года**

Жительница Кукушкина Валентина Глебова работает продавцом в Журавлинске. «Раньше я вставала в пять, чтобы успеть на автобус в объезд. Сегодня встала в семь и уже на работе», — рассказала она.

Капитан парома Пётр Сизов водит суда по Журавке больше двадцати лет. По его словам, в первый день на паром пришли почти все жители села.

Паром ходит с 6:30 до 21:00 каждый час, в выходные — с 8:00.
"""),

dict(id="h100-ru-002", lang="ru", tpl="quintype",
     section="Люди", date="2026-08-28", byline="Денис Ярцев",
     title="«Я знаю каждую яму на этой дороге»: водитель школьного автобуса уходит на пенсию",
     sub="Николай Фомичёв 33 года возил детей из Лосиного Брода в журавлинскую школу.",
     caption="Николай Фомичёв у школьного автобуса.", credit="Фото: Денис Ярцев",
     look=[("highlight", "Тридцать три года подряд")],
     body="""
Тридцать три года подряд Николай Фомичёв выезжал из Лосиного Брода в 6:50 утра. За это время через его автобус прошли почти все дети села, а некоторые из них теперь отправляют к нему своих детей.

С 1 сентября за руль школьного автобуса сядет новый водитель. Мы поговорили с Николаем Петровичем перед последним рейсом.

**Помните самый первый рейс в школу?**

Как вчера. Был «пазик», печка не работала, и дети сидели в валенках. Я тогда сам ещё молодой был, боялся больше них.

**Случалось что-нибудь страшное?**

Один раз зимой встали в сугробе. Дети пели песни, пока трактор не пришёл. Никто даже не заплакал.

**Дорога изменилась?**

Асфальт положили в 2015-м, до этого была грунтовка. Я знаю каждую яму на этой дороге, даже новые.

**Как будете жить без автобуса?**

Огородом. И внуками: их у меня пятеро, все ездили со мной в школу.

**Что скажете сменщику?**

Не торопись. Опоздать на урок не страшно, а привезти детей надо целыми.

Проводы Николая Петровича пройдут на школьной линейке 1 сентября в 9:00.
"""),

dict(id="h100-ru-003", lang="ru", tpl="amp", low=0,
     section="Город", date="2026-07-09", byline="Алина Керимова",
     title="В Кукушкине открыли детскую площадку, которую придумали сами дети",
     sub="Проект победил в областном конкурсе инициативного бюджетирования.",
     caption="Новая детская площадка в Кукушкине.", credit="Фото: Алина Керимова",
     body="""
В селе Кукушкино открылась новая детская площадка. Её проект нарисовали ученики местной школы, а деньги выделили по программе инициативного бюджетирования.

До этого в селе была только одна площадка, построенная ещё в 1980-х. Металлические качели на ней давно сломались, а песочница заросла травой.

## С чего всё началось в Кукушкине

Прошлой осенью учительница рисования Ольга Бочарова предложила ученикам нарисовать площадку своей мечты. Лучшие рисунки собрали в один проект, и сельская администрация подала заявку на областной конкурс.

Проект занял второе место и получил 1,8 миллиона рублей. Ещё 120 тысяч собрали жители и местный фермер.

## Что появилось на площадке

- канатная паутина и горка высотой три метра
- качели-гнездо, на которых могут кататься сразу четверо
- домик-корабль, придуманный третьеклассниками
- скамейки и навес для родителей

Покрытие сделали резиновым, чтобы дети не травмировались при падении.

Третьеклассник Егор Лапин, который нарисовал корабль, на открытии первым поднялся на палубу. «Я думал, это просто рисунок. А его правда построили», — сказал он.

Глава сельского поселения Андрей Котов пообещал, что следующей будет площадка для подростков со спортивными тренажёрами.

Площадка находится на улице Школьной, рядом с домом культуры.
"""),
]
