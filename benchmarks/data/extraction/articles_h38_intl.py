# Turkish, German, French, Spanish and Russian stories for the thirty-eighth held-out part (h38-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h38_en.py.
ARTICLES = [
dict(id="h38-tr-001", lang="tr", tpl="drupal", section="Gündem", date="2026-01-18", byline="Tuncay Erdoğmuş",
     title="Yoğun kar yağışı: Yaylaköy'de 14 köy yolu ulaşıma kapandı",
     sub="İl Özel İdaresi ekipleri gece boyunca çalıştı; okullarda iki gün eğitime ara verildi.",
     caption="Sarıçam geçidinde kara saplanan araçlar.", credit="Fotoğraf: Tuncay Erdoğmuş",
     carry=["weather"],
     look=[("box", "Elektrik kesintileri de sürüyor")],
     body="""
Yaylaköy ilçesinde iki gündür aralıksız süren kar yağışı nedeniyle 14 köy yolu ulaşıma kapandı. Kar kalınlığı yüksek kesimlerde 80 santimetreyi buldu.

İl Özel İdaresi ekipleri 11 iş makinesiyle yolları açmak için gece boyunca çalıştı. Kapalı yollardan dördünün akşam saatlerine kadar açılması bekleniyor.

İlçe kaymakamı Oğuz Karataş, hasta ve yaşlılar için ekiplerin hazır beklediğini söyledi. "Köylerimizdeki diyaliz hastalarını tek tek aradık. Gerekirse paletli araçla alacağız," dedi.

Okullarda eğitime pazartesi ve salı günleri ara verildi. Taşımalı eğitimden yararlanan 1.200 öğrenci bu iki gün evde kalacak.

## Sürücülere uyarı

Karayolları bölge müdürlüğü, Sarıçam geçidinden geçecek ağır tonajlı araçların zincir takmadan yola çıkmamasını istedi. Geçitte dün öğleden sonra iki tır yolda kaldı ve trafik üç saat boyunca tek şeritten sağlandı.

Elektrik kesintileri de sürüyor. Dağıtım şirketi, ilçeye bağlı dokuz köyde enerji hatlarının kar yükü nedeniyle koptuğunu, ekiplerin arızaları gün içinde gidermeye çalıştığını açıkladı.

Meteoroloji, kar yağışının pazartesi öğlene kadar süreceğini, ardından gece sıcaklığının eksi 12 dereceye kadar düşeceğini bildirdi. Vatandaşların buzlanma ve çığ riskine karşı dikkatli olması istendi.

Yol durumu hakkında bilgi almak isteyenler için 0364 555 01 90 numaralı hat 24 saat açık olacak.
"""),

dict(id="h38-tr-002", lang="tr", tpl="amp", section="Ekonomi", date="2026-02-04", byline="Derya Kocabaş",
     title="Organize sanayideki yeni tekstil fabrikası 350 kişiyi işe alacak",
     sub="Mart ayında üretime başlayacak fabrikada kadınlara ve ilk kez iş arayan gençlere öncelik verilecek.",
     caption="Karaburun Organize Sanayi Bölgesi'ndeki fabrika binası.", credit="Fotoğraf: Derya Kocabaş",
     carry=["jobs"],
     body="""
Karaburun Organize Sanayi Bölgesi'nde kurulan yeni tekstil fabrikası mart ayında üretime başlayacak ve ilk etapta 350 kişiyi işe alacak.

Fabrikayı kuran Dokuma Anadolu şirketinin yönetim kurulu başkanı Kemal Özbilgin, çalışanların büyük bölümünün ilçeden seçileceğini söyledi. "Tecrübe şartı aramıyoruz. Makineyi biz öğretiriz, yeter ki çalışmak isteyen gelsin," dedi.

Şirketin açıkladığı kadrolar şöyle:

- 220 dokuma ve konfeksiyon operatörü
- 45 kalite kontrol elemanı
- 40 depo ve sevkiyat personeli
- 25 bakım teknisyeni
- 20 idari personel

Operatörler için başlangıç ücreti asgari ücretin yüzde 15 üzerinde olacak. Çalışanlara servis ve öğle yemeği de verilecek.

İşe alımlarda kadınlara ve ilk kez iş arayan gençlere öncelik tanınacak. Fabrikada 80 çocuk kapasiteli bir kreş de açılacak.

İŞKUR il müdürü Sevgi Tan, başvuruların kurumun ilçe hizmet merkezinden ve internet sitesinden yapılabileceğini, adaylar için ücretsiz meslek kursları düzenleneceğini açıkladı.

İlçede işsizlik oranı geçen yıl yüzde 13,4 ile bölge ortalamasının üzerinde kalmıştı. Karaburun Belediye Başkanı Cengiz Uysal, fabrikanın "ilçeden göçü durduracak bir adım" olduğunu söyledi.

Başvurular 15 Şubat'ta sona erecek.
"""),

dict(id="h38-tr-003", lang="tr", tpl="legacy-br", section="Yerel", date="2026-05-07", byline="Hülya Saraçoğlu",
     title="Belediyeden uyarı: Mahalle gruplarında paylaşılan su kesintisi duyurusu sahte",
     sub="Sahte duyurunun ardından marketlerde damacana su tükendi.",
     caption="Sarıyurt Belediyesi hizmet binası.", credit="Fotoğraf: Hülya Saraçoğlu",
     low=0,
     body="""
Paylaşmadan önce kontrol edin. Sarıyurt Belediyesi, mahalle WhatsApp gruplarında dolaşan "üç gün su kesintisi" duyurusunun sahte olduğunu açıkladı.

Belediye logosu kullanılarak hazırlanan duyuruda, bakım çalışması nedeniyle hafta sonu boyunca ilçenin tamamında su verilmeyeceği yazıyordu. Duyuru çarşamba akşamından bu yana binlerce kez paylaşıldı.

Belediyenin basın birimi, sahte duyurunun ardından marketlerde damacana suyun tükendiğini, bazı vatandaşların da küvetlerini doldurduğunu belirtti.

Su ve Kanalizasyon Müdürü Levent Akın, planlı kesintilerin yalnızca belediyenin resmi hesaplarından ve kısa mesajla duyurulduğunu hatırlattı. "Bizim adımıza bir şey duyurulduysa önce resmi hesaplarımızı takip edin. Orada yoksa bilgi yanlıştır," dedi.

Belediye, sahte duyuruyu hazırlayanlar hakkında savcılığa suç duyurusunda bulunduğunu da bildirdi.

Mahalle gruplarını yöneten bazı muhtarlar ise duyuruyu kendilerinin de iyi niyetle paylaştığını söyledi. Yeşiltepe Mahallesi Muhtarı Nuran Kılıç, "Logoyu görünce hiç şüphelenmedim. Artık önce belediyeyi arayacağım," dedi.

Belediye bundan sonra planlı kesintileri muhtarlıklara da yazılı olarak bildireceğini, duyuruların muhtarlık panolarına asılacağını açıkladı. İlçe kaymakamlığı da vatandaşları resmi kaynaklardan doğrulanmayan paylaşımlara itibar etmemeye çağırdı.

Planlı su kesintilerini öğrenmek isteyenler 185 numaralı hattı arayabilir.
"""),

dict(id="h38-de-001", lang="de", tpl="regional", section="Kultur", date="2026-06-25", byline="Marion Steinhauer",
     title="Sommerkino am Eichwalder Stausee: 14 Filme an 14 Abenden",
     sub="Zum Auftakt kommt die Regisseurin einer Komödie, die zum Teil in Eichwald gedreht wurde.",
     caption="Die Leinwand am Bootssteg des Eichwalder Stausees.", credit="Foto: Marion Steinhauer",
     carry=["tickets"], price="9 €",
     body="""
Das Sommerkino am Eichwalder Stausee geht in die zwölfte Saison. Vom 24. Juli bis zum 6. August zeigt der Kulturverein Eichwald an 14 Abenden 14 Filme auf der Leinwand am Bootssteg.

Den Auftakt macht eine Komödie, die im vergangenen Jahr zum Teil in Eichwald gedreht wurde. Regisseurin Katrin Wendland hat ihr Kommen zugesagt und will nach der Vorstellung Fragen aus dem Publikum beantworten.

„Wir hatten noch nie so viele Anfragen von Leuten, die als Statisten dabei waren und sich jetzt auf der Leinwand sehen wollen“, sagt der Vereinsvorsitzende Holger Brandt.

Auf dem Programm stehen außerdem zwei Kinderfilme am Nachmittag, ein Stummfilm mit Live-Musik der Kreismusikschule und zum Abschluss ein Konzertfilm.

Die Eintrittspreise:

- Erwachsene: 9 Euro
- Ermäßigt: 7 Euro
- Kinder bis 12 Jahre: 4 Euro
- Dauerkarte für alle Abende: 85 Euro

Einlass ist jeweils um 20 Uhr, die Filme beginnen bei Einbruch der Dunkelheit. Bei Regen wird die Vorstellung in die Turnhalle der Grundschule verlegt.

Im vergangenen Sommer kamen rund 6.800 Besucher. Der Verein finanziert das Kino allein über Eintritt, Getränke und einen Zuschuss der Gemeinde von 3.000 Euro.

Decken und Sitzkissen bringen die Besucher am besten selbst mit, Liegestühle können für zwei Euro ausgeliehen werden.
"""),

dict(id="h38-de-002", lang="de", tpl="gutenberg", section="Wirtschaft", date="2026-03-12", byline="Tobias Rehfeld",
     title="Ausbildungsmesse in der Stadthalle: 62 Betriebe suchen Nachwuchs",
     sub="Mehr als 400 Ausbildungsplätze im Landkreis sind für den Herbst noch frei.",
     caption="Besucher an den Ständen der Ausbildungsmesse im vergangenen Jahr.", credit="Foto: Tobias Rehfeld",
     carry=["jobs"],
     look=[("box", "Wer möchte, kann seinen Lebenslauf")],
     body="""
Mehr als 400 offene Ausbildungsplätze, 62 Betriebe, ein Nachmittag: Am Samstag findet in der Stadthalle Wiesenbrück die zehnte Ausbildungsmesse des Landkreises statt.

Vom Bäckerhandwerk über die Pflege bis zur Industriemechanik stellen sich Firmen aus dem ganzen Kreis vor. Neu dabei sind in diesem Jahr die Kreisverwaltung und die Feuerwehr, die erstmals Notfallsanitäter ausbildet.

Die Lage auf dem Ausbildungsmarkt hat sich umgekehrt. „Vor zehn Jahren haben sich die Jugendlichen bei uns beworben. Heute bewerben wir uns bei ihnen“, sagt Ute Sandhagen, Ausbildungsleiterin eines Metallbaubetriebs in Ostheim. Ihr Betrieb hat für den Herbst noch fünf Plätze frei.

**Bewerbungsmappe? Nicht nötig**

Viele Firmen verzichten inzwischen auf schriftliche Unterlagen. Auf der Messe können Schülerinnen und Schüler direkt ein Gespräch führen, einige Betriebe sagen noch am selben Tag einen Praktikumsplatz zu.

Wer möchte, kann seinen Lebenslauf vorab am Stand der Agentur für Arbeit kostenlos prüfen lassen. Dort gibt es auch ein kleines Fotostudio für Bewerbungsfotos.

Die Industrie- und Handelskammer rechnet damit, dass im Kreis in diesem Jahr jeder dritte Ausbildungsplatz unbesetzt bleibt. Besonders schwer haben es Gastronomie, Lebensmittelhandwerk und Baugewerbe.

Die Messe ist von 10 bis 16 Uhr geöffnet, der Eintritt ist frei. Eltern sind ausdrücklich eingeladen.
"""),

dict(id="h38-de-003", lang="de", tpl="ghost", site="Kirchberger Dorfblatt", kind="small", section="Menschen",
     date="2026-05-20", byline="Anja Vollmering",
     title="„Die Bienen merken es zuerst“: Fünf Fragen an den Imker Bernd Kallweit",
     sub="Seit 41 Jahren hält er Bienen am Kirchberg, inzwischen 28 Völker.",
     caption="Bernd Kallweit an seinem Bienenstand am Kirchberg.", credit="Foto: Anja Vollmering",
     look=[("callout", "Der Imkerverein Kirchberg bietet")],
     body="""
Seit 41 Jahren hält Bernd Kallweit Bienen am Kirchberg, inzwischen 28 Völker. Im Frühjahr hat ihn der Imkerverein zum Ehrenvorsitzenden gewählt. Wir haben ihn an seinem Bienenstand besucht.

**Wie geht es den Bienen in diesem Jahr?**

Besser als im letzten. Der Winter war kalt genug, da brüten die Völker nicht durch. Ich habe nur zwei Völker verloren, im Vorjahr waren es sieben.

**Was hat sich in 41 Jahren verändert?**

Die Blüte kommt früher, manchmal drei Wochen. Die Kirschen am Hang blühen jetzt Ende März. Die Bienen merken so etwas zuerst, lange vor uns.

**Und die Varroamilbe?**

Die bleibt das größte Problem. Wer nicht behandelt, verliert seine Völker. Da gibt es keine Abkürzung.

**Honig?**

In guten Jahren 30 Kilo pro Volk. Letztes Jahr waren es zwölf.

**Was raten Sie jungen Imkern?**

Erst einen Kurs machen, dann Bienen kaufen. Und nicht gleich mit zehn Völkern anfangen.

Der Imkerverein Kirchberg bietet ab April wieder einen Anfängerkurs an: sechs Abende, 40 Euro, Anmeldung bei Bernd Kallweit unter 06021 555 318.
"""),

dict(id="h38-fr-001", lang="fr", tpl="sitecore", site="Horizons Télévision", section="Val d'Argence",
     date="2026-07-09", byline="Camille Berthelot",
     title="Orages dans le Val d'Argence : 240 interventions des pompiers dans la nuit",
     sub="La vigilance orange a été levée jeudi matin. Dans les vignes des coteaux, une partie de la récolte est perdue.",
     caption="Une rue de Saint-Méry-sur-Argence après le passage de l'orage.", credit="Photo : Camille Berthelot / Horizons Télévision",
     carry=["weather"],
     look=[("italic", "« On a vu arriver un mur noir"), ("box", "Les sinistrés ont cinq jours ouvrés")],
     body="""
Les pompiers du Val d'Argence ont réalisé 240 interventions dans la nuit de mercredi à jeudi, après le passage d'orages de grêle sur le sud du département. Aucun blessé n'est à déplorer.

La vigilance orange aux orages a été levée jeudi à 6 heures. Il est tombé jusqu'à 48 millimètres de pluie en une heure à Saint-Méry-sur-Argence, selon la station de l'aérodrome.

« On a vu arriver un mur noir vers 22 heures. En dix minutes, la rue était devenue une rivière », raconte Josiane Perrault, qui tient la boulangerie de la place de l'Église.

À Lavernoux, des grêlons de la taille d'une balle de golf ont brisé des vérandas et des pare-brise. Une quarantaine de caves ont été inondées dans le centre-bourg.

**Les vignes durement touchées**

Sur les coteaux, les dégâts sont importants. Le président de la cave coopérative, Thierry Vallade, estime qu'un tiers de la récolte est perdu sur certaines parcelles. « Les grappes sont hachées. Il faudra attendre une semaine pour faire le compte », dit-il.

Les sinistrés ont cinq jours ouvrés pour déclarer les dégâts à leur assureur. La mairie de Saint-Méry ouvre une permanence vendredi de 9 heures à 17 heures pour aider les habitants à remplir leur déclaration.

La préfecture a annoncé qu'elle demanderait la reconnaissance de l'état de catastrophe naturelle pour les communes les plus touchées.

De nouveaux orages, moins violents, sont attendus samedi en fin de journée.
"""),

dict(id="h38-fr-002", lang="fr", tpl="typo3", section="Culture", date="2026-04-28", byline="Olivier Castagné",
     title="Jazz en Causse : dix-huit concerts pour la vingtième édition à Saint-Aubrac",
     sub="La contrebassiste Léa Monestier, révélée sur la petite scène du festival, sera la tête d'affiche.",
     caption="La place du Foirail de Saint-Aubrac pendant le festival l'an dernier.", credit="Photo : Olivier Castagné",
     carry=["tickets"], price="18 €",
     body="""
Le festival Jazz en Causse fêtera ses vingt ans du 10 au 14 juillet à Saint-Aubrac, avec 18 concerts répartis entre la place du Foirail, l'église romane et trois granges des environs.

L'association organisatrice a dévoilé mardi soir la programmation devant une centaine de bénévoles réunis à la salle des fêtes. La tête d'affiche sera le quartet de la contrebassiste Léa Monestier, révélée il y a dix ans sur la petite scène du festival.

« Elle nous a appelés elle-même pour venir. On n'aurait jamais pu se l'offrir sinon », sourit le président, Marc Delpeuch.

## Des concerts gratuits dans les villages

Comme chaque année, un tiers des concerts seront gratuits. Une fanfare toulousaine fera le tour des marchés du canton, et les élèves de l'école de musique joueront en ouverture, le 10 juillet au soir.

Les tarifs des concerts payants restent inchangés : 18 euros la soirée, 12 euros pour les demandeurs d'emploi et les étudiants, gratuit pour les moins de 12 ans. Un pass pour les cinq soirs coûte 70 euros.

## Un budget tenu par les bénévoles

Le festival fonctionne avec un budget de 160 000 euros, dont un quart de subventions. Il a accueilli 9 000 spectateurs l'an dernier. Sans ses 140 bénévoles, « il n'existerait tout simplement pas », rappelle Marc Delpeuch.

L'association cherche encore des familles pour héberger les musiciens pendant le festival.
"""),

dict(id="h38-fr-003", lang="fr", tpl="wordpress", section="Territoire", date="2026-09-14", byline="Élodie Granjean",
     title="Covoiturage : la communauté de communes lance son application gratuite",
     sub="Les conducteurs seront indemnisés par la collectivité, les passagers ne paieront rien la première année.",
     caption="Un des douze arrêts de covoiturage installés aux entrées des bourgs.", credit="Photo : Élodie Granjean",
     low=1, only=["correction"],
     correction="Rectificatif : une version précédente de cet article indiquait une indemnité de 20 centimes par kilomètre. Elle est de 10 centimes.",
     look=[("dropcap", "Téléchargez l'application")],
     body="""
Téléchargez l'application, indiquez votre trajet, partagez la route. La communauté de communes du Haut-Lizon lance lundi Lizon'Covoit, une application gratuite qui met en relation conducteurs et passagers sur les 27 communes du territoire.

Chaque jour, près de 6 000 habitants quittent le territoire pour aller travailler, le plus souvent seuls dans leur voiture. « Sur la route de Besançon, on compte 1,1 personne par véhicule le matin », explique la vice-présidente chargée des mobilités, Sandrine Maillot.

Les conducteurs seront indemnisés 10 centimes par kilomètre et par passager, payés par la collectivité, avec un minimum de 1,50 euro par trajet. Les passagers, eux, ne paient rien pendant la première année.

L'application permet aussi de s'abonner à un trajet régulier, par exemple pour rejoindre chaque matin l'usine de Montferrand. Les données de localisation ne sont conservées que le temps du trajet, assure la collectivité, et aucun cookie publicitaire n'est utilisé.

Douze arrêts de covoiturage, signalés par des panneaux bleus, ont été installés aux entrées des bourgs.

Le dispositif coûtera 85 000 euros par an. Les élus feront un premier bilan en septembre.
"""),

dict(id="h38-es-001", lang="es", tpl="quintype", section="Deportes", date="2026-01-02", byline="Sergio Alcaraz",
     title="Más de 1.200 corredores despiden el año en la San Silvestre de Villalgordo",
     sub="Nerea Olmedo, de 17 años, batió el récord femenino de la prueba.",
     caption="La salida de la San Silvestre en la plaza Mayor.", credit="Foto: Sergio Alcaraz",
     look=[("highlight", "Nerea Olmedo, de 17 años")],
     body="""
Un total de 1.214 corredores tomaron la salida el 31 de diciembre en la San Silvestre de Villalgordo del Cerro, la cifra más alta en las diecinueve ediciones de la prueba.

El recorrido, de 6,2 kilómetros, salió de la plaza Mayor y atravesó el casco antiguo antes de volver por la avenida de la Estación. Muchos participantes corrieron disfrazados: hubo reyes magos, uvas y hasta un belén completo.

**La clasificación**

Estos fueron los primeros puestos:

- Masculina: 1. Adrián Belmonte (19:42), 2. Iker Salcedo (19:58), 3. Rubén Gallart (20:11)
- Femenina: 1. Nerea Olmedo (22:37), 2. Lucía Ferrándiz (23:05), 3. Marta Quesada (23:20)

Nerea Olmedo, de 17 años, batió el récord femenino de la prueba por 24 segundos. «Salí a disfrutar y en el último kilómetro vi el reloj y apreté», contó en la meta.

La organización, a cargo del club de atletismo local, recogió además 900 kilos de alimentos, ya que cada corredor aportaba un kilo con la inscripción. Todo se entregará al banco de alimentos de la comarca.

El premio al mejor disfraz fue para un grupo de vecinas de la calle Real que corrieron vestidas de campanadas del reloj del Ayuntamiento.

Las fotos de la llegada pueden consultarse en la web del club a partir del lunes.
"""),

dict(id="h38-es-002", lang="es", tpl="table", section="Cultura", date="2026-10-06", byline="Inmaculada Roldán",
     title="La biblioteca de Puertollano del Río ofrece gratis 40 periódicos digitales",
     sub="Basta con el carné para leer desde casa sin pagar la suscripción.",
     caption="La sala de prensa de la Biblioteca Municipal.", credit="Foto: Inmaculada Roldán",
     section_tag=True, choose={"section": 0},
     body="""
La Biblioteca Municipal de Puertollano del Río ha puesto en marcha un servicio que permite a cualquier persona con carné leer gratis 40 periódicos y 60 revistas digitales desde casa.

Basta con darse de alta con el número del carné en la plataforma que ha contratado el Ayuntamiento. Los lectores pueden consultar la edición del día en el móvil, la tableta o el ordenador, sin pagar la suscripción ni ver publicidad.

La bibliotecaria, Pilar Arjona, explica que la idea surgió porque la sala de prensa se quedaba pequeña por las mañanas. «Había gente que esperaba media hora para leer el periódico. Ahora cada uno lo lee en su casa, y quien prefiere el papel sigue teniendo su sitio aquí», afirma.

El servicio ha costado 7.500 euros el primer año. En las dos primeras semanas se han registrado 620 usuarios, la mayoría mayores de 60 años.

Para ayudarles, la biblioteca organiza talleres de una hora los martes y jueves, en los que el personal enseña a descargar la aplicación y a crear una cuenta.

«Mi nieto me la instaló, pero no sabía ni pasar la página», reconoce entre risas Antonio Lillo, de 78 años, que acude a los talleres.

El carné de la biblioteca es gratuito y se solicita con el DNI en el mostrador.
"""),

dict(id="h38-es-003", lang="es", tpl="nextjs", section="Entrevista", date="2026-09-21", byline="Beatriz Solana",
     title="«En un pueblo de 300 vecinos, la alcaldesa también barre la plaza»",
     sub="Rosario Peñalver, maestra jubilada, es la primera mujer al frente de Fuentecilla de Arriba.",
     caption="Rosario Peñalver en la puerta del Ayuntamiento de Fuentecilla de Arriba.", credit="Foto: Beatriz Solana",
     look=[("bold", "¿Por qué se presentó?"), ("bold", "¿Cuál es el mayor problema del pueblo?"),
           ("bold", "¿Qué puede hacer un ayuntamiento tan pequeño?"), ("bold", "¿Y el día a día?"),
           ("bold", "¿Volverá a presentarse?")],
     body="""
Rosario Peñalver, de 64 años y maestra jubilada, es desde junio la alcaldesa de Fuentecilla de Arriba, un municipio de 312 habitantes en la sierra. Es la primera mujer que ocupa el cargo. Hablamos con ella en el Ayuntamiento, una casa de dos plantas junto a la iglesia.

¿Por qué se presentó?

Porque nadie más quería. Lo digo en serio. El alcalde anterior llevaba 24 años y se jubilaba, y en la asamblea del pueblo nadie levantó la mano. Así que la levanté yo.

¿Cuál es el mayor problema del pueblo?

La despoblación, como en toda la sierra. Hace treinta años éramos 700. Este curso la escuela tiene nueve alumnos, y si baja de seis, la cierran.

¿Qué puede hacer un ayuntamiento tan pequeño?

Con poco dinero, mucho trabajo. Hemos arreglado dos casas municipales para alquilarlas baratas a familias jóvenes. Ya tenemos una pareja de Valencia con dos niños que llegará en enero.

¿Y el día a día?

Aquí la alcaldesa también barre la plaza si hace falta. Tenemos un solo empleado municipal, y está de baja.

¿Volverá a presentarse?

Pregúnteme dentro de tres años.
"""),

dict(id="h38-ru-001", lang="ru", tpl="ucoz", site="Посёлок Красная Ивань", kind="small", section="Новости посёлка",
     date="2026-05-17", byline="moderator_lena",
     title="Субботник на берегу Ивани: собрали 86 мешков мусора",
     sub="На уборку берега вышли 54 жителя, в том числе 17 школьников.",
     caption="Участники субботника у старой лодочной станции.", credit="Фото: Галина Мохова",
     body="""
В субботу жители посёлка вышли на субботник на берегу реки Ивани. Несмотря на дождь, пришли 54 человека, в том числе 17 школьников.

За четыре часа очистили почти два километра берега — от моста до старой лодочной станции. Итоги субботника:

- 86 мешков бытового мусора
- 23 автомобильные покрышки
- два старых холодильника и ржавая ванна
- 40 саженцев ивы и черёмухи высажено у пляжа

Мусор вывезла машина, которую выделила администрация поселения. Покрышки заберёт на переработку предприятие из райцентра.

Организатор субботника, учительница биологии Галина Сергеевна Мохова, говорит, что берег не убирали с 2019 года. «Каждый год собирались, и каждый год что-то мешало. В этот раз решили: идём при любой погоде», — рассказала она.

После работы всех ждали горячий чай и пироги, которые испекли в школьной столовой. Самым активным участником признали восьмилетнего Диму Ларионова: он вытащил из воды три покрышки — правда, с помощью папы.

Следующий субботник назначен на 14 сентября, на этот раз у памятника и на кладбище.

Фотографии с субботника Галина Сергеевна обещала выложить в группу посёлка.
"""),

dict(id="h38-ru-002", lang="ru", tpl="medium", site="Заречные тетради", kind="indie", section="Люди",
     date="2026-11-12", byline="Ксения Дорофеева",
     title="«Библиотека — последний тёплый дом в деревне»: разговор с библиотекарем из Зареченского",
     sub="Нина Аркадьевна Бессонова работает в сельской библиотеке 37 лет.",
     caption="Нина Аркадьевна Бессонова в читальном зале.", credit="Фото: Ксения Дорофеева",
     body="""
Нина Аркадьевна Бессонова работает в сельской библиотеке деревни Зареченское 37 лет. В библиотеке 9 тысяч книг, два компьютера и самовар. Мы поговорили с ней о том, зачем деревне библиотека в эпоху смартфонов.

**Сколько у вас читателей?**

Записано 214 человек. Это почти половина деревни. Постоянно ходят человек шестьдесят, в основном пенсионеры и дети после школы.

**Что сейчас читают?**

Детективы, как и тридцать лет назад. И книги про огород. А дети — комиксы, их нам подарил фонд из Перми.

**Зачем библиотека, если всё есть в интернете?**

Интернет у нас есть не у всех. А главное — сюда приходят поговорить. Зимой библиотека — последний тёплый дом в деревне, куда можно прийти просто так.

**Вас собирались закрыть?**

Два раза, в 2015-м и в прошлом году. Оба раза жители писали письма и собирали подписи. Отстояли.

**О чём мечтаете?**

О новой крыше. Течёт над краеведческим отделом, а там вся история деревни.

Библиотека открыта со вторника по субботу с 10 до 17 часов, вход свободный.
"""),

dict(id="h38-ru-003", lang="ru", tpl="fusion", section="Транспорт", date="2026-02-19", byline="Андрей Колесов",
     title="Из райцентра в Каменку пустят прямой автобус",
     sub="Раньше жителям села приходилось ехать с пересадкой и тратить на дорогу больше двух часов.",
     caption="Остановка у магазина в селе Каменка.", credit="Фото: Андрей Колесов",
     section_tag=True, choose={"section": 0},
     look=[("factbox", "Расписание маршрута № 118")],
     body="""
С 1 марта между райцентром и селом Каменка начнёт ходить прямой автобус. Раньше жителям приходилось ехать с пересадкой в Лужках и тратить на дорогу больше двух часов.

Новый маршрут № 118 будет обслуживать муниципальное автотранспортное предприятие. Дорога займёт 55 минут, билет будет стоить 64 рубля, для пенсионеров и школьников — 32 рубля.

Решение приняли после обращения жителей: под письмом в администрацию района подписались 612 человек. «Чтобы попасть к врачу к девяти утра, я выезжала в шесть. Теперь можно будет выспаться», — говорит пенсионерка Валентина Кузьмина.

## Расписание маршрута № 118

- Из райцентра: 6:40, 12:15, 17:30
- Из Каменки: 7:50, 13:30, 18:45
- По воскресеньям — только утренний и вечерний рейсы

В администрации района пояснили, что расписание составлено с учётом работы поликлиники и смен на молокозаводе. Если пассажиров будет больше, добавят дневной рейс.

Остановки в Каменке оборудуют павильонами до конца апреля. Пока автобус будет останавливаться у магазина и у школы.

Оплатить проезд можно наличными или картой у водителя.
"""),
]
