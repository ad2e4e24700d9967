# Turkish, German, French, Spanish and Russian stories for the sixty-third held-out part (h63-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h63_en.py.
ARTICLES = [
dict(id="h63-tr-001", lang="tr", tpl="sitefinity", site="Kuzey Ege Televizyonu",
     section="Çevre", date="2026-04-08", byline="Sinan Özdemirci",
     title="Sarıkum Deltası'nda flamingo sayısı ilk kez 12 bini aştı",
     sub="Kuş gözlemcilerinin nisan sayımında deltada 12 bin 400 flamingo kaydedildi; yavru kolonisi için adaya giriş yasaklandı.",
     caption="Sarıkum Deltası'ndaki tuzla göletlerinde beslenen flamingolar.", credit="Kuzey Ege Televizyonu",
     carry=["wildlifelog"],
     look=[("highlight", "Ege Doğa Derneği'nin gönüllüleri"), ("br", "Sayım dört saat sürdü."),
           ("italic", "“Sabah sisin içinden pembe bir duvar çıktı sanki.”")],
     body="""
Sarıkum Deltası'nda bu bahar yapılan kuş sayımında 12 bin 400 flamingo kaydedildi. Deltada flamingo sayısı, düzenli sayımların başladığı 1998'den bu yana ilk kez 12 bini geçti.

Ege Doğa Derneği'nin gönüllüleri sayımı 5 Nisan sabahı, tuzla göletleri ile denize bakan kumul arasında on iki noktadan dürbün ve teleskopla yaptı. Geçen yılın aynı döneminde sayı 8 bin 900 civarındaydı.

Dernek başkanı Gülten Akbaba, artışı kışın yağan bol yağmura ve göletlerdeki su seviyesinin yükselmesine bağladı. Akbaba'ya göre sığ su, flamingoların beslendiği küçük kabukluların çoğalmasını sağladı.

Gönüllüler sabah altıda yerlerini aldı.

Sayım dört saat sürdü.

## Yavrular için adaya yasak

Flamingoların bir bölümü, göletlerin ortasındaki Küçükada'da yuva yapmaya başladı. Valilik, kuluçka döneminin bittiği temmuz sonuna kadar adaya ve çevresindeki 300 metrelik alana tekne ve insan girişini yasakladı.

Deltanın bekçisi Recep Yılmazer, geçen yıl bazı fotoğrafçıların kuşlara fazla yaklaştığını ve koloninin yuvaları terk ettiğini anlattı. Bu yıl kıyıya iki gözlem kulesi kuruldu.

Sayıma ilk kez katılan lise öğrencisi Defne Kayalı, gördüğü manzarayı şöyle anlattı:

“Sabah sisin içinden pembe bir duvar çıktı sanki.”

Gözlem kuleleri her gün gün doğumundan gün batımına kadar açık. Dernek, ziyaretçilerden dürbün getirmelerini ve köpeklerini araçta bırakmamalarını istiyor.
"""),

dict(id="h63-tr-002", lang="tr", tpl="ucoz", site="Yukarıçamlı Köy Sitesi", kind="small",
     section="Köyden haberler", date="2026-09-22", byline="Muhtarlık",
     title="Eski köy okulu imeceyle kütüphane oldu",
     sub="Yirmi yıldır boş duran okul binası, köylülerin ve gurbetçilerin emeğiyle yeniden açıldı.",
     caption="Yukarıçamlı'nın yeni kütüphanesinin önünde açılış günü.", credit="Fotoğraf: Muhtarlık",
     body="""
Köyümüzün 2006'da kapanan ilkokulu, cumartesi günü yapılan törenle kütüphane ve köy odası olarak yeniden açıldı.

Bina kapandıktan sonra yıllarca kullanılmamış, damı akmaya, pencereleri kırılmaya başlamıştı. Geçen kış Muhtarımız Hüsnü Kocabaş'ın çağrısıyla bir araya gelen köylüler, binayı kendi emekleriyle onarmaya karar verdi.

**İmecede neler yapıldı**

- damın kiremitleri tamamen değiştirildi
- on dört pencere yenilendi, duvarlar boyandı
- sobanın yerine odun kazanlı kalorifer kuruldu
- eski sıralardan okuma masaları yapıldı
- bahçeye çocuklar için salıncak ve oturma yeri kondu

Malzeme parası, İstanbul ve Almanya'daki hemşehrilerimizin gönderdiği yardımlarla karşılandı. Toplam 186 bin lira toplandı. İşçiliği ise her hafta sonu sırayla gelen köylüler yaptı.

Kütüphanedeki 2 bin 300 kitabın çoğunu ilçedeki okullar ve gurbetçilerimiz bağışladı. Rafları köyün marangozu Ahmet Usta yaptı.

Açılışta konuşan, okulun son öğretmeni Nevin Tuncer, sınıfına yeniden girince gözyaşlarını tutamadı. "Bu odada 40 çocuğa okuma yazma öğrettim. Şimdi torunları burada kitap okuyacak," dedi.

Kütüphane cumartesi ve pazar günleri 10.00 ile 17.00 arasında açık. Kitap bağışlamak isteyenler muhtarlığa uğrayabilir.
"""),

dict(id="h63-tr-003", lang="tr", tpl="semantic", section="Yaşam", date="2026-06-16", byline="Levent Sarıgül",
     title="38 yıllık vapur kaptanı son seferine çıktı",
     sub="Kaptan Yaşar Dündar, Karaköprü ile Gölyaka arasında 60 bin kez gidip geldi. Cuma günü dümeni bıraktı.",
     caption="Kaptan Yaşar Dündar, Gölyaka iskelesinde.", credit="Fotoğraf: Levent Sarıgül",
     low=0,
     look=[("italic", "\"Göl bana sabretmeyi öğretti.\"")],
     body="""
Yaşar Dündar, 38 yıldır Karaköprü ile Gölyaka arasında çalışan şehir vapurlarının dümenindeydi. Cuma günü son seferini yaptı. Emekli olmadan önce kendisiyle konuştuk.

**Vapura nasıl başladınız?**

Babam da bu hatta makinistti. On altı yaşında yanına çırak olarak girdim, kömür taşıdım, güverte yıkadım. Kaptanlık belgemi 1988'de aldım.

**Kaç sefer yaptınız?**

Hesapladık, 60 bine yakın. Günde sekiz sefer, yılda ortalama 300 gün. Gölün her dalgasını tanırım artık.

**En zor gün?**

1997 kışı. Göl yarıya kadar dondu, buzu kırarak ilerledik. Yolcuların hepsi güvertede, kimse içeride oturmadı. Yarım saatlik yol iki saat sürdü.

**Yolcular değişti mi?**

Eskiden herkes birbirini tanırdı. Sabah vapurunda aynı yüzler, aynı gazeteler. Şimdi herkes telefonuna bakıyor. Ama çay hâlâ aynı çay.

**Özleyecek misiniz?**

Çok. Ama dizlerim artık merdivenlere dayanmıyor.

Son seferin sonunda iskelede onu bekleyen kalabalık alkışladı, vapurun düdüğü üç kez çaldı. Dündar, gözleri dolarak tek bir cümle söyledi:

"Göl bana sabretmeyi öğretti."

Dündar'ın yerine, on iki yıldır ikinci kaptan olarak çalışan Serkan Ateş geçecek.
"""),

dict(id="h63-de-001", lang="de", tpl="typo3", site="Gemeinde Oberstetten", kind="public",
     section="Aktuelles aus dem Rathaus", date="2026-02-25", byline="Pressestelle",
     title="Gemeinde fördert Wärmepumpen und Dämmung mit eigenem Zuschuss",
     sub="Der Gemeinderat hat ein kommunales Förderprogramm mit 250.000 Euro für die nächsten zwei Jahre beschlossen.",
     caption="Das Rathaus von Oberstetten.", credit="Gemeinde Oberstetten",
     carry=["energygrants"],
     body="""
Der Gemeinderat Oberstetten hat in seiner Sitzung am Dienstag einstimmig ein eigenes Förderprogramm für die energetische Sanierung von Wohnhäusern beschlossen. Für 2026 und 2027 stehen insgesamt 250.000 Euro zur Verfügung.

Das Programm ergänzt die Förderung von Bund und Land. Es richtet sich an Eigentümerinnen und Eigentümer von Wohngebäuden, die vor 1995 gebaut wurden und in der Gemeinde liegen, einschließlich der Ortsteile Hagenau und Wendelsbrunn.

Gefördert werden:

- der Einbau einer Wärmepumpe mit bis zu 2.000 Euro
- die Dämmung von Dach oder oberster Geschossdecke mit bis zu 1.200 Euro
- der Austausch alter Fenster mit bis zu 800 Euro
- eine Energieberatung vor Ort mit bis zu 300 Euro

Bürgermeisterin Sabine Kohlhaas sagte, viele Häuser im Ort stammten aus den sechziger und siebziger Jahren und würden noch mit Öl beheizt. „Wir wollen, dass sich die Leute trauen. Oft fehlt am Ende nur ein kleiner Betrag, damit sich die Sanierung rechnet.“

Anträge müssen gestellt werden, bevor mit den Arbeiten begonnen wird. Die Gelder werden nach dem Eingang der Anträge vergeben, bis der Topf leer ist.

Die Gemeinde bietet zusammen mit der Energieagentur des Landkreises an jedem ersten Donnerstag im Monat eine kostenlose Sprechstunde im Rathaus an. Die erste findet am 5. März von 16 bis 18 Uhr im Sitzungssaal statt.

Die Förderrichtlinie und das Antragsformular liegen im Bürgerbüro aus.
"""),

dict(id="h63-de-002", lang="de", tpl="sanity", section="Verkehr", date="2026-11-03", byline="Felix Rauschenbach",
     title="Lokführerstreik legt die Ammertalbahn drei Tage lahm",
     sub="Pendler zwischen Bergheim und Kirchtal müssen ab Donnerstag auf Busse und Fahrgemeinschaften ausweichen.",
     caption="Leerer Bahnsteig in Kirchtal am ersten Streiktag im Oktober.", credit="Foto: Felix Rauschenbach",
     carry=["railstrike"],
     look=[("dropcap", "Wer morgens mit der Ammertalbahn")],
     body="""
Wer morgens mit der Ammertalbahn zur Arbeit fährt, muss sich für Donnerstag bis Samstag etwas anderes einfallen lassen. Die Lokführergewerkschaft hat ihre Mitglieder bei der Südwest-Regio zu einem dreitägigen Streik aufgerufen.

Es ist bereits der zweite Ausstand in diesem Herbst. Die Gewerkschaft fordert eine Verkürzung der Wochenarbeitszeit von 38 auf 35 Stunden bei vollem Lohnausgleich, das Unternehmen bietet eine Lohnerhöhung von 5,5 Prozent an.

## Nur ein Notfahrplan

Die Südwest-Regio will zwischen Bergheim und Kirchtal einen Ersatzverkehr mit Bussen einrichten, allerdings nur alle zwei Stunden. Auf der Strecke nach Oberammertal fällt der Verkehr voraussichtlich ganz aus.

Eine Sprecherin des Unternehmens bat Fahrgäste, Reisen nach Möglichkeit zu verschieben. „Wir können nicht garantieren, dass alle Busse voll besetzt losfahren.“

## Schulen und Betriebe reagieren

Das Gymnasium in Bergheim hat für die betroffenen Tage Unterricht von zu Hause für die Oberstufe angekündigt. Mehrere Betriebe im Gewerbegebiet Kirchtal organisieren Fahrgemeinschaften.

Bernd Aichele, der täglich von Oberammertal zu einem Maschinenbauer in Bergheim pendelt, zeigte Verständnis für die Lokführer, ärgert sich aber über die Bahn. „Beim letzten Streik stand ich eine Stunde am Bahnsteig, weil keiner wusste, ob ein Bus kommt.“

## Neue Gespräche am 12. November

Gewerkschaft und Unternehmen wollen sich dann wieder an einen Tisch setzen. Bis dahin schließt die Gewerkschaft weitere Streiks nicht aus.

Inhaber von Monatskarten können für Streiktage eine Entschädigung beantragen.
"""),

dict(id="h63-de-003", lang="de", tpl="regional", section="Lokales", date="2026-05-26", byline="Annika Höllwarth",
     title="Dorfladen in Wiesach gehört jetzt 212 Bürgerinnen und Bürgern",
     sub="Nach zwei Jahren ohne Geschäft im Ort eröffnet eine Genossenschaft den Laden in der alten Sparkasse.",
     caption="Die ersten Kundinnen im neuen Dorfladen in Wiesach.", credit="Foto: Annika Höllwarth",
     body="""
In Wiesach kann man wieder Brot, Milch und Briefmarken kaufen, ohne ins Auto zu steigen. Am Samstag hat der genossenschaftliche Dorfladen in der ehemaligen Sparkassenfiliale eröffnet.

Seit der letzte Lebensmittelladen im Frühjahr 2024 schloss, mussten die rund 1.400 Einwohner zum Einkaufen nach Talheim fahren, sechs Kilometer entfernt. Vor allem für ältere Menschen ohne Auto war das schwierig.

**Anteile ab 250 Euro**

Die Genossenschaft hat 212 Mitglieder, die jeweils mindestens einen Anteil zu 250 Euro gezeichnet haben. Zusammen mit einem Zuschuss aus dem Regionalbudget kamen so knapp 90.000 Euro für Umbau und Einrichtung zusammen.

Die Gemeinde vermietet die Räume für einen symbolischen Euro im Monat.

**Regional, wo es geht**

Im Sortiment stehen rund 1.800 Artikel. Brot kommt von einer Bäckerei aus Talheim, Eier und Kartoffeln von zwei Höfen am Ortsrand, der Käse von einer Sennerei im Nachbartal.

Vorstand Jürgen Maierhöfer sagte bei der Eröffnung, der Laden solle mehr sein als ein Geschäft. „Hier sollen sich die Leute wieder treffen. Deshalb gibt es auch eine Kaffeeecke.“

Zwei Verkäuferinnen sind in Teilzeit angestellt, dazu kommen zwölf Ehrenamtliche, die samstags aushelfen.

Rentnerin Hildegard Strobel war die erste Kundin. Sie kaufte eine Brezel und eine Zeitung. „Darauf habe ich zwei Jahre gewartet.“

Der Laden ist montags bis freitags von 7 bis 18 Uhr und samstags von 7 bis 12 Uhr geöffnet.
"""),

dict(id="h63-fr-001", lang="fr", tpl="medium", site="Les Carnets du Val d'Auzonne", kind="indie",
     section="Portraits", date="2026-03-31", byline="Clémence Rouveyrol",
     title="« Le comptoir, c'est la mairie du soir » : rencontre avec la dernière cafetière de Saint-Péran",
     sub="Depuis vingt-six ans, Josiane Malbec tient le seul bar-épicerie du village. Elle cherche quelqu'un pour lui succéder.",
     caption="Josiane Malbec derrière son comptoir, à Saint-Péran.", credit="Photo : Clémence Rouveyrol",
     body="""
À Saint-Péran, 340 habitants, il reste un commerce : le bar-épicerie de Josiane Malbec, sur la place de l'église. Elle l'a repris en 2000 et voudrait partir à la retraite l'an prochain. Nous l'avons rencontrée un mardi matin, entre deux cafés.

**Comment êtes-vous arrivée ici ?**

J'étais secrétaire à Clermont. Mon mari est né ici, on venait l'été. Quand l'ancienne patronne a voulu vendre, on s'est dit : pourquoi pas ? Je ne savais même pas servir une pression.

**Et une journée ordinaire au comptoir ?**

J'ouvre à sept heures pour les gars qui partent travailler. Le pain arrive à sept heures et demie. Le matin, ce sont les anciens. L'après-midi, c'est calme. Le soir, il y a tout le monde.

**Pourquoi dites-vous que c'est la mairie du soir ?**

Parce que tout se règle ici. Qui peut garder un chien, qui a un tracteur pour tirer une voiture du fossé, qui est malade. Le maire vient boire son café et il en apprend plus qu'au conseil.

**Le plus dur ?**

L'hiver. Certains jours, je vois six personnes. Et les factures d'électricité pour les frigos.

**Qui pour vous remplacer ?**

La commune a racheté les murs et cherche un repreneur. Deux couples sont déjà venus voir. Je leur dis la vérité : on ne fait pas fortune, mais on n'est jamais seul.

Les personnes intéressées par la reprise peuvent se renseigner auprès de la mairie de Saint-Péran, ouverte le lundi et le jeudi matin.
"""),

dict(id="h63-fr-002", lang="fr", tpl="magazine", section="Habitat", date="2026-12-01", byline="Mathilde Esquirol",
     title="À Lescurac, un quartier entier sort de la « passoire thermique »",
     sub="Quarante-deux maisons de la cité des Tuileries ont été isolées en un an, avec une aide groupée de la communauté de communes.",
     caption="Les maisons de la cité des Tuileries, à Lescurac, après les travaux.", credit="Photo : Mathilde Esquirol",
     pull="Avant, je chauffais la rue. Maintenant, je chauffe ma maison",
     carry=["energygrants"],
     look=[("dropcap", "Dans la cité des Tuileries"), ("box", "Le coût moyen des travaux")],
     body="""
Dans la cité des Tuileries, à Lescurac, les quarante-deux maisons ouvrières construites en 1962 se ressemblent toujours. Mais depuis cet automne, elles ne se ressemblent plus sur les factures.

En un an, toutes ont été isolées par l'extérieur, leurs combles soufflés et leurs vieilles chaudières au fioul remplacées par des pompes à chaleur. C'est la première opération groupée de ce type menée par la communauté de communes du Haut-Lévézou.

## Une seule entreprise, un seul dossier

L'idée est venue d'une réunion publique en 2024. Plutôt que de laisser chaque propriétaire chercher seul un artisan et monter ses dossiers, la communauté de communes a lancé un appel d'offres unique et pris en charge les démarches administratives.

Le coût moyen des travaux s'est élevé à 41 000 euros par maison. Les aides publiques en ont couvert entre 60 et 90 %, selon les revenus, et un prêt à taux zéro a permis de financer le reste.

Louisette Cammas, 74 ans, habite la maison du bout depuis son mariage. Sa facture de chauffage est passée de 2 300 euros à 780 euros par an. « Avant, je chauffais la rue. Maintenant, je chauffe ma maison », résume-t-elle.

## Des voisins qui se parlent

Pour le conseiller en rénovation Yannick Delpuech, l'effet de groupe a tout changé. « Quand trois voisins signent, les autres suivent. Les gens se sont montré leurs devis, leurs factures, ils se sont rassurés. »

Le chantier a aussi eu un effet inattendu : l'association de quartier, en sommeil depuis dix ans, a été relancée.

La communauté de communes prévoit une deuxième opération l'an prochain, dans le lotissement des Genêts à Sauveterre.
"""),

dict(id="h63-fr-003", lang="fr", tpl="cms", section="Transports", date="2026-05-05", byline="Hugo Lacombe",
     title="Grève des contrôleurs : un TER sur trois entre Aurignac et Montbrun ce week-end",
     sub="Le mouvement, lancé par deux syndicats, porte sur les primes de travail du dimanche et les effectifs à bord.",
     caption="Le quai de la gare d'Aurignac, un jour de grève en avril.", credit="Photo : Hugo Lacombe",
     carry=["railstrike"],
     body="""
Les usagers de la ligne TER entre Aurignac et Montbrun devront s'armer de patience ce week-end. Un mouvement de grève des contrôleurs, reconduit pour la troisième fois depuis mars, réduira le trafic à un train sur trois samedi et dimanche.

Deux syndicats de cheminots ont appelé à cesser le travail de vendredi 20 heures à lundi 4 heures. Ils réclament une revalorisation des primes de travail du dimanche, inchangées depuis 2014, et l'assurance qu'aucun train ne circulera sans contrôleur à bord.

La direction régionale indique avoir proposé une hausse de 8 % des primes, jugée insuffisante par les syndicats. « On nous parle de primes, nous on parle de sécurité », affirme Sandrine Pujol, contrôleuse depuis dix-neuf ans et déléguée syndicale.

Sur la branche vers Saint-Gaudric, aucun train ne circulera. Des cars de remplacement seront mis en place, avec un temps de trajet allongé de quarante minutes environ.

Le mouvement tombe mal pour les commerçants de Montbrun, où se tient dimanche la foire aux fleurs. Son organisateur, Michel Baylac, craint une baisse de fréquentation. « L'an dernier, un visiteur sur quatre venait en train. »

Les étudiants de l'IUT, qui rentrent chez eux le week-end, s'organisent en covoiturage via un groupe créé sur une messagerie.

Les abonnés pourront demander un remboursement partiel de leur abonnement mensuel pour les jours de grève.
"""),

dict(id="h63-es-001", lang="es", tpl="quintype", section="Movilidad", date="2026-10-20", byline="Marta Quiroga",
     title="La huelga de maquinistas deja a medio gas el Cercanías de la Ribera",
     sub="Solo circulará uno de cada tres trenes en hora punta entre Almazor y Puerto Alto durante cinco días.",
     caption="Viajeros esperando en la estación de Almazor durante el primer paro.", credit="Foto: Marta Quiroga",
     carry=["railstrike"],
     look=[("highlight", "Los viajeros del Cercanías de la Ribera")],
     body="""
Los viajeros del Cercanías de la Ribera volverán a sufrir retrasos y andenes abarrotados desde el lunes. El sindicato de maquinistas mantiene la huelga convocada para cinco días laborables después de que fracasara la reunión del viernes con la empresa.

Los servicios mínimos fijados por el Ministerio garantizan uno de cada tres trenes en hora punta y uno de cada cuatro el resto del día en la línea entre Almazor y Puerto Alto, que usan cada día unas 38.000 personas.

**Qué piden los maquinistas**

El sindicato exige la contratación de 60 maquinistas para cubrir las bajas y jubilaciones de los últimos tres años. Según sus cálculos, la falta de personal provoca ya la supresión de una veintena de trenes a la semana.

«No hacemos huelga por gusto. La hacemos porque estamos doblando turnos todas las semanas», explica Rubén Alcocer, maquinista desde hace dieciséis años.

**La respuesta de la empresa**

La operadora asegura que ya ha convocado 40 plazas y que los nuevos maquinistas empezarán a conducir en primavera, tras completar su formación.

**Un trayecto de dos horas**

En el andén de Almazor, la enfermera Lucía Serrano calculaba el martes cuánto tiempo le costaría llegar al hospital de Puerto Alto. «Normalmente son 35 minutos. En la última huelga tardé casi dos horas.»

El Ayuntamiento de Almazor ha reforzado las líneas de autobús urbano que llevan a la estación de autobuses interurbanos.

Los abonados podrán pedir la devolución de la parte proporcional del abono en las taquillas de las estaciones.
"""),

dict(id="h63-es-002", lang="es", tpl="hugo", section="Naturaleza", date="2026-05-13", byline="Andrés Olmedilla",
     title="La nutria vuelve al río Gévalo treinta años después",
     sub="Las cámaras de fototrampeo han grabado a una hembra con dos crías en el tramo que pasa por Villamesa.",
     caption="El río Gévalo a su paso por Villamesa.", credit="Foto: Andrés Olmedilla",
     carry=["wildlifelog"],
     body="""
Una hembra de nutria con dos crías ha sido grabada por las cámaras de fototrampeo instaladas en el río Gévalo, a su paso por Villamesa. Es la primera prueba de que la especie se reproduce en este tramo del río desde principios de los años noventa.

Las imágenes, tomadas de noche a finales de abril, muestran a los tres animales saliendo del agua junto a un aliso y pasando por delante de la cámara durante casi un minuto.

## Un río más limpio

Los técnicos de la confederación hidrográfica atribuyen la vuelta de la nutria a la mejora de la calidad del agua desde que entró en funcionamiento la depuradora comarcal, en 2019, y a la retirada de dos azudes abandonados que cortaban el río.

«Hace veinte años aquí no había ni cangrejos. Ahora hay barbos, hay ranas, hay de todo», cuenta Eusebio Marín, pescador de Villamesa desde niño.

## Cómo protegerla

La guardería fluvial pide a los vecinos y a los visitantes que no se acerquen a las orillas en el tramo entre el puente viejo y el molino de la Aceña, donde se cree que está la madriguera.

La bióloga Irene Castañares, que coordina el seguimiento, recuerda que la nutria es un animal muy sensible a las molestias. «Si se siente amenazada, se va. Y a lo mejor no vuelve.»

Los perros deben ir atados en todo el paseo fluvial hasta el final del verano.

El Ayuntamiento de Villamesa organiza el 24 de mayo una charla sobre la nutria en la casa de cultura, a las siete de la tarde.
"""),

dict(id="h63-es-003", lang="es", tpl="legacy-br", section="Pueblos", date="2026-02-17", byline="Rocío Benavente",
     title="El último horno de leña de Cañavera enciende el fuego por última vez",
     sub="Los hermanos Plaza cierran la panadería que abrió su abuelo en 1931. Nadie de la familia quiere seguir.",
     caption="Tomás Plaza saca las últimas hogazas del horno de leña.", credit="Foto: Rocío Benavente",
     body="""
A las cuatro de la mañana del sábado, Tomás Plaza encendió por última vez el horno de leña de la panadería familiar de Cañavera. A las ocho, la cola llegaba hasta la plaza.

La panadería la abrió su abuelo, Eladio Plaza, en 1931. Tomás y su hermana Consuelo la han llevado desde 1989. Los dos tienen ya más de sesenta y cinco años y ninguno de sus hijos quiere seguir con el negocio.

«Es un trabajo muy sacrificado. No se lo reprocho a nadie», dice Tomás.

En el último día se cocieron más de 600 hogazas, el doble de lo normal. Muchos vecinos compraron varias para congelar.

Lo que más se echará de menos, según los vecinos:

- la hogaza de kilo de los sábados
- las magdalenas de Consuelo
- las tortas de aceite en Semana Santa
- el olor a pan recién hecho en la calle Real

«Me voy a quedar sin saber dónde comprar pan de verdad», se lamentaba Petra Sevillano, de 82 años.

El Ayuntamiento ha comprado el edificio y busca a alguien que quiera alquilar el horno para seguir cociendo pan. La alcaldesa, Nieves Garrido, asegura que ya hay un interesado de Ciudad Real.

«Mientras tanto, a los vecinos les llevará el pan una furgoneta de Almodóvar tres días a la semana», explica.

Los hermanos Plaza dejarán la pala de madera de su abuelo colgada en la pared del bar de la plaza.
"""),

dict(id="h63-ru-001", lang="ru", tpl="portal", section="Природа", date="2026-04-28", byline="Анна Веретенникова",
     title="В Соколовском заказнике насчитали рекордные 4 тысячи серых журавлей",
     sub="Птицы останавливаются на болоте по пути на север. Орнитологи просят не подходить к ним ближе чем на 300 метров.",
     caption="Серые журавли на Лебяжьем болоте.", credit="Фото: Анна Веретенникова",
     carry=["wildlifelog"],
     section_tag=True,
     body="""
На Лебяжьем болоте в Соколовском заказнике этой весной насчитали более 4 тысяч серых журавлей. Это самое большое скопление птиц за все 25 лет наблюдений.

Учёт провели сотрудники заказника и волонтёры из областного клуба любителей птиц. Они считали журавлей на рассвете, когда птицы поднимаются с ночёвки и летят кормиться на соседние поля.

По словам старшего инспектора заказника Игоря Калмыкова, журавли задерживаются здесь на две-три недели, чтобы набраться сил перед перелётом на север. «В прошлом году было около двух с половиной тысяч. Похоже, болото снова стало для них безопасным местом», — говорит он.

Несколько лет назад часть болота осушили, но в 2021 году старые канавы перекрыли плотинами, и вода вернулась.

**Как наблюдать за журавлями**

Лучшее время — с пяти до семи утра. Смотровая вышка у деревни Осиновка открыта для всех желающих. Подходить к птицам ближе чем на 300 метров запрещено, а запускать над болотом квадрокоптеры — тем более.

Местные жители говорят, что такого не помнят. «Утром выйдешь во двор — а над головой курлычет так, что разговаривать невозможно», — рассказывает пенсионерка Валентина Шмелёва из Осиновки.

Заказник просит сообщать обо всех встречах журавлей с кольцами на ногах: это помогает узнать, откуда прилетели птицы.
"""),

dict(id="h63-ru-002", lang="ru", tpl="nextjs", section="Люди", date="2026-09-08", byline="Дмитрий Лопатин",
     title="«Письма теперь носят только пенсию и квитанции»: почтальон из Малых Выселок о сорока годах на маршруте",
     sub="Зинаида Пронина разносит почту по трём деревням с 1986 года. В октябре она уходит на пенсию.",
     caption="Зинаида Пронина на своём маршруте.", credit="Фото: Дмитрий Лопатин",
     look=[("bold", "Как вы стали почтальоном?"), ("bold", "Сколько вы проходите за день?"),
           ("bold", "Что изменилось за сорок лет?"), ("bold", "Самый запомнившийся случай?"), ("bold", "Кто вас заменит?")],
     body="""
Зинаида Пронина сорок лет носит почту по Малым Выселкам, Гусеву и Дубкам. Летом — пешком и на велосипеде, зимой — на лыжах. В октябре она уходит на пенсию. Мы поговорили с ней в почтовом отделении.

Как вы стали почтальоном?

Случайно. После школы пошла на ферму, а там сократили. Начальница почты была маминой подругой, сказала: приходи, ноги молодые. Я и пришла на месяц, а осталась на сорок лет.

Сколько вы проходите за день?

Километров двенадцать. Раньше было больше, когда в Дубках жили сто человек. Сейчас там четыре дома.

Что изменилось за сорок лет?

Писем почти нет. Раньше в армию писали, из города писали, открытки на каждый праздник. Теперь ношу пенсию, квитанции и посылки из интернет-магазинов.

Самый запомнившийся случай?

Зимой девяносто шестого я нашла в сугробе деда Ивана из Гусева. Он пошёл за хлебом и упал. Дотащила его до дома на санках, на которых возила почту.

Кто вас заменит?

Пока никого. Начальство говорит, будет ездить машина два раза в неделю. Но машина чай не попьёт и не спросит, как здоровье.

Отделение в Малых Выселках работает по вторникам, четвергам и субботам с девяти до часу.
"""),

dict(id="h63-ru-003", lang="ru", tpl="fusion", section="Транспорт", date="2026-06-02", byline="Ольга Сабурова",
     title="Паром через Сылву снова ходит после двух лет перерыва",
     sub="Жителям правобережных деревень больше не нужно делать крюк в 70 километров, чтобы попасть в райцентр.",
     caption="Паром у причала в Заборье.", credit="Фото: Ольга Сабурова",
     look=[("factbox", "Когда ходит паром и сколько стоит")],
     body="""
В понедельник у деревни Заборье снова заработала паромная переправа через Сылву. Она не действовала с весны 2024 года, когда старый паром признали непригодным к эксплуатации.

Все два года жителям пяти деревень на правом берегу приходилось ездить в районный центр через мост в Кунгурке, это почти 70 километров в одну сторону. Школьники жили в интернате, а пожилые люди месяцами не могли попасть к врачу.

Новый паром построили на заводе в Перми за 38 миллионов рублей. Деньги выделили из областного бюджета. Судно берёт на борт до шести легковых машин или один автобус и 50 пассажиров.

«Два года мы жили как на острове. Сегодня первый раз за долгое время съездила в город просто так, в магазин», — рассказала жительница деревни Ключи Нина Белоусова.

## Когда ходит паром и сколько стоит

- первый рейс из Заборья в 6:30, последний в 21:00
- паром ходит каждый час
- для пешеходов и велосипедистов переправа бесплатная
- легковой автомобиль — 150 рублей

Капитан парома Виктор Ложкин работал ещё на старом судне. По его словам, новый паром тише и устойчивее на течении. «На старом в ветер было страшно, этот идёт как по ниточке».

В половодье и при ледоставе переправа работать не будет. В эти периоды администрация района обещает пустить по мосту дополнительный автобус.
"""),
]
