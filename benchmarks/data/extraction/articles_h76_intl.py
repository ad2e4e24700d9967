# Turkish, German, French, Spanish and Russian stories for the seventy-sixth held-out part (h76-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h76_en.py.
ARTICLES = [
dict(id="h76-tr-001", lang="tr", tpl="cms", section="Kent", date="2026-09-29", byline="Serkan Yılmazer",
     title="Yağmur suyu ızgaraları sonbahar yağışlarından önce temizleniyor",
     sub="Karaçam Belediyesi ekipleri 4.800 ızgarayı altı hafta içinde tek tek temizleyecek.",
     caption="Cumhuriyet Caddesi'nde temizlenen bir yağmur suyu ızgarası.", credit="Fotoğraf: Serkan Yılmazer",
     carry=["gullycleaning"],
     body="""
Karaçam Belediyesi, geçen kasımda birkaç mahallede evleri ve dükkânları su basmasının ardından kentteki bütün yağmur suyu ızgaralarını sonbahar yağışlarından önce temizlemeye başladı.

Fen İşleri Müdürlüğü'ne bağlı altı ekip, pazartesiden itibaren kentteki yaklaşık 4.800 ızgarayı tek tek açacak, içindeki çamuru ve çöpü vidanjörle çekecek.

Çalışmaya geçen yıl en çok su baskını yaşanan Çarşı, İstasyon ve Değirmenönü mahallelerinden başlandı.

## Izgaralardan 35 ton çamur

Belediyenin verilerine göre geçen yıl yapılan kontrollerde ızgaraların yaklaşık yarısı yaprak, poşet ve sigara izmaritiyle tıkalı bulundu. Yalnızca Çarşı Mahallesi'nden 35 ton çamur ve atık çıkarıldı.

Fen İşleri Müdürü Orhan Kalaycı, sorunun büyük bölümünün çöplerden kaynaklandığını söyledi.

"Izgaraya atılan her izmarit, bir gün birinin dükkânına su olarak geri dönüyor," dedi.

## Araçlar çekilmeli

Vidanjörlerin ızgaralara yanaşabilmesi için çalışma yapılacak sokaklara bir gün önceden uyarı levhaları asılacak. Sürücülerden araçlarını o gün başka bir yere park etmeleri isteniyor.

Ekipler, araç yüzünden ulaşamadıkları ızgaraları işaretleyip daha sonra yeniden gelecek.

Belediye ayrıca esnafa, dükkân önlerini süpürürken çöpleri ızgaralara değil çöp kutularına atmaları çağrısında bulundu.

Çalışmanın kasım ortasında tamamlanması planlanıyor.
"""),

dict(id="h76-tr-002", lang="tr", tpl="legacy-br", section="İnsan", date="2026-02-24", byline="Derya Akbulut",
     title="Kırk yıldır aynı köşede: simitçi Rıza Usta tezgâhı bırakıyor",
     sub="Rıza Çelebioğlu, Saat Kulesi'nin dibindeki tezgâhında 1986'dan beri simit satıyor.",
     caption="Rıza Çelebioğlu, Saat Kulesi'nin yanındaki tezgâhında.", credit="Fotoğraf: Derya Akbulut",
     low=0,
     body="""
Rıza Çelebioğlu, 1986'dan beri her sabah altıda Saat Kulesi'nin dibindeki köşesine simit tezgâhını kuruyor. Ay sonunda tezgâhı oğluna devredecek. Kendisiyle son haftasında konuştuk.

**Bu köşeye nasıl geldiniz?**

Askerden yeni dönmüştüm. Babamın bir arkadaşı tezgâhını bana bıraktı, "Bir yaz dene," dedi. Kırk yıl oldu.

**Bugünlerde günde kaç simit gidiyor?**

Eskiden 600, 700. Şimdi 300'ü geçince seviniyorum. Fırınlar çoğaldı, herkes kendi simidini satıyor.

**Hatırladığınız en zor gün?**

1992 kışı. Kar dizimize kadardı, kimse sokağa çıkmadı. Ben yine de kurdum tezgâhı, akşama 40 simit sattım.

**Müşteriler değişti mi?**

Çok. Önce babaları gelirdi, şimdi oğulları geliyor. Bazıları çocukken benden simit alırdı, şimdi torunlarını getiriyor.

**Hiç tezgâhı kapattığınız oldu mu?**

Bir kere, oğlum doğduğunda. O gün köşede bir not bıraktım, komşu esnaf da okuyanlara anlatmış.

**Ne yapacaksınız artık?**

Köyde küçük bir bahçem var, domates ve biber ekeceğim. Ama sabahları yine de buraya gelip çay içerim herhalde.

Komşu esnaf ona bir veda çayı hazırlıyor. Tezgâh, ayın sonundan itibaren oğlu Emre Çelebioğlu tarafından aynı köşede, aynı saatlerde işletilecek.
"""),

dict(id="h76-tr-003", lang="tr", tpl="magazine", section="Köyler", date="2026-08-19", byline="Hatice Ergüven",
     title="Kızılcaören'in kadınları tarhanayı kooperatifle satıyor",
     sub="On iki kadının kurduğu kooperatif, ilk yılında dört ton tarhana sattı.",
     caption="Kooperatif üyeleri tarhana hamurunu kurutuyor.", credit="Fotoğraf: Hatice Ergüven",
     pull="Artık annemin tarifinden para kazanıyorum",
     look=[("dropcap", "Kızılcaören köyünün"), ("box", "Kooperatifin tarhanası, köyde")],
     body="""
Kızılcaören köyünün on iki kadını, geçen yıl kurdukları kooperatifle ev yapımı tarhanayı bütün Türkiye'ye satmaya başladı.

Kooperatif ilk yılında dört ton tarhana sattı. Siparişlerin çoğu, köyden göç etmiş ailelerin büyük kentlerdeki çocuklarından geldi.

Kooperatifin başkanı Fadime Karakoç, köyde kadınların yüzyıllardır tarhana yaptığını ama bunun hiç para getirmediğini söylüyor.

"Artık annemin tarifinden para kazanıyorum," diyor.

Kooperatifin tarhanası, köyde yetiştirilen domates, biber ve soğanla, köyün kendi yoğurduyla yapılıyor. Hamur, ağustos güneşinde bez örtüler üzerinde kurutuluyor.

Kadınların yaptığı işler şöyle bölünmüş:

- dört kadın sebzeleri topluyor ve hazırlıyor
- üç kadın hamuru yoğuruyor
- üç kadın kurutma ve ufalamayla uğraşıyor
- iki kadın paketleme ve kargoyu yürütüyor

Kooperatif, ilçe tarım müdürlüğünün desteğiyle bir kurutma çadırı ve bir paketleme makinesi aldı.

Köyün muhtarı Yusuf Demirkaya, kooperatifin köye can verdiğini söylüyor. Geçen yaz iki genç aile kentten köye geri döndü.

Kadınlar bu yıl tarhananın yanına erişte ve kuru domates de eklemeyi planlıyor.

Siparişler, köy kahvesinin yanındaki kooperatif dükkânından ya da telefonla alınıyor.
"""),

dict(id="h76-de-001", lang="de", tpl="jimdo", site="Dorfverein Kirchwalde e.V.", kind="small",
     section="Aus dem Dorf", date="2026-06-02", byline="Ulrike Sennewald",
     title="Tempo-Check an der Hauptstraße: Jeder Dritte war zu schnell",
     sub="Zwölf Mitglieder des Dorfvereins haben an acht Tagen mit dem Messgerät der Gemeinde gezählt.",
     caption="Zwei Vereinsmitglieder mit dem Messgerät an der Hauptstraße.", credit="Foto: Ulrike Sennewald",
     body_caption="Das Geschwindigkeitsdisplay am Ortseingang aus Richtung Bornhagen.",
     carry=["speedwatch"],
     look=[("highlight", "Von den 2.940 Fahrzeugen"), ("br", "Bußgelder verhängen wir nicht."), ("bold", "Vor der Kita bleibt Tempo 30 ein Wunsch.")],
     body="""
An acht Tagen im Mai haben zwölf Mitglieder unseres Dorfvereins an der Hauptstraße gestanden und gezählt. Das Ergebnis hat selbst die Skeptiker überrascht.

Von den 2.940 Fahrzeugen, die wir erfasst haben, fuhren 987 schneller als die erlaubten 50 km/h. Der Spitzenwert lag bei 94 km/h, gemessen an einem Sonntagabend kurz vor dem Ortsausgang Richtung Bornhagen.

**Wie wir gemessen haben**

Die Gemeinde hat uns ihr mobiles Messgerät geliehen, das sonst am Ortseingang hängt. Wir haben immer zu zweit gemessen, morgens zwischen sieben und acht und nachmittags zwischen vier und fünf.

Die Zahlen haben wir an die Gemeinde und an die Polizei weitergegeben.

Bußgelder verhängen wir nicht. Kennzeichen haben wir nicht notiert, das dürfen wir auch gar nicht.

**Wie es an der Hauptstraße weitergeht**

Bürgermeister Achim Leisegang hat zugesagt, beim Landratsamt eine stationäre Messanlage zu beantragen. Die Polizei will in den nächsten Wochen selbst blitzen.

Vor der Kita bleibt Tempo 30 ein Wunsch.

Die Hauptstraße ist eine Landesstraße, und darüber entscheidet nicht die Gemeinde. Wir bleiben trotzdem dran und haben unsere Zahlen auch dem Straßenbauamt geschickt.

Die nächsten Messungen sind im September geplant. Wer mitmachen möchte, kann sich beim Vorstand melden oder einfach zum Stammtisch am ersten Freitag im Monat ins Gasthaus Linde kommen.
"""),

dict(id="h76-de-002", lang="de", tpl="regional", section="Freizeit", date="2026-04-14", byline="Jens Hartwigsen",
     title="Kofferraumflohmarkt zieht vom Baumarkt auf den Schützenplatz",
     sub="Der beliebte Markt in Lindenau braucht mehr Platz und bekommt einen neuen Termin.",
     caption="Verkäufer auf dem Parkplatz des Baumarkts im vergangenen Sommer.", credit="Foto: Jens Hartwigsen",
     carry=["carbootsales"],
     body="""
Der Kofferraumflohmarkt in Lindenau zieht um. Statt auf dem Parkplatz des Baumarkts an der Umgehungsstraße findet er ab Mai auf dem Schützenplatz am Stadtrand statt.

Der Markt war im vergangenen Jahr so gut besucht, dass Autos bis auf die Bundesstraße zurückstanden. Die Polizei musste zweimal den Verkehr regeln.

Organisatorin Sabine Gräfenhain sagt, der Baumarkt habe den Platz ohnehin nur noch bis zum Frühjahr zur Verfügung stellen wollen.

„Wir hatten zuletzt 280 Autos und hätten noch hundert weitere unterbringen können, wenn wir den Platz gehabt hätten“, sagt sie.

Der Schützenverein stellt seinen Platz kostenlos zur Verfügung. Im Gegenzug verkauft er Bratwurst und Getränke.

Verkauft werden darf wie bisher nur aus dem eigenen Kofferraum: gebrauchte Sachen aus Haushalt, Keller und Kinderzimmer. Neuware und gewerbliche Händler sind nicht zugelassen.

Neu ist der Termin. Der Markt findet künftig am dritten Samstag im Monat statt, von Mai bis Oktober. Aufbau ist ab 7 Uhr, Käufer werden ab 8 Uhr auf den Platz gelassen.

Die Standgebühr bleibt bei 8 Euro je Auto. Anmelden muss man sich nicht, die Plätze werden in der Reihenfolge der Ankunft vergeben.

Der erste Markt auf dem Schützenplatz ist am 16. Mai.
"""),

dict(id="h76-de-003", lang="de", tpl="typo3", site="Gemeinde Ebersfelden", kind="public",
     section="Bekanntmachungen", date="2026-04-20", byline="Bauamt",
     title="Reinigung der Straßeneinläufe im Mai",
     sub="Der Bauhof reinigt vom 4. bis 22. Mai alle Straßeneinläufe im Gemeindegebiet.",
     caption="Ein Saugwagen bei der Reinigung eines Straßeneinlaufs.", credit="Foto: Gemeinde Ebersfelden",
     carry=["gullycleaning"],
     body="""
Die Gemeinde Ebersfelden lässt vom 4. bis 22. Mai alle Straßeneinläufe im Gemeindegebiet reinigen. Die Arbeiten übernimmt eine Fachfirma im Auftrag des Bauhofs.

Straßeneinläufe leiten das Regenwasser von den Straßen in den Kanal. Sind sie mit Laub, Sand oder Abfall verstopft, kann das Wasser bei Starkregen nicht abfließen und steht auf der Straße oder läuft in Keller.

## Ablauf der Reinigung

Die Einläufe werden geöffnet, der Schlammeimer wird geleert und der Ablauf mit Hochdruck gespült. Das Saugfahrzeug muss dafür direkt am Bordstein halten.

Gereinigt wird in dieser Reihenfolge:

- 4. bis 8. Mai: Ortsteil Ebersfelden, Kernort
- 11. bis 15. Mai: Ortsteile Hainrode und Mühlbach
- 18. bis 22. Mai: Gewerbegebiet Am Sandfeld und Ortsteil Oberlinden

## Bitte um Mithilfe

Die Anwohnerinnen und Anwohner werden gebeten, an den Reinigungstagen nicht direkt über den Straßeneinläufen zu parken. Die betroffenen Straßen werden zwei Tage vorher mit Hinweisschildern gekennzeichnet.

Einläufe, die wegen parkender Fahrzeuge nicht erreicht werden, können erst im Herbst wieder angefahren werden.

Während der Arbeiten kann es zu kurzen Behinderungen kommen. Wir bitten um Verständnis.

Bei Fragen erreichen Sie das Bauamt montags bis freitags von 8 bis 12 Uhr im Rathaus, Zimmer 14.
"""),

dict(id="h76-fr-001", lang="fr", tpl="nextjs", section="Loisirs", date="2026-03-26", byline="Maëlle Touzard",
     title="La saison des vide-greniers redémarre avec 64 dates dans le canton",
     sub="Du premier dimanche d'avril à la fin septembre, il y aura au moins un vide-grenier chaque week-end.",
     caption="Le vide-grenier de la place du Marché à Pont-Hérault l'an dernier.", credit="Photo : Maëlle Touzard",
     carry=["carbootsales"],
     look=[("bold", "Le record date de 2019.")],
     body="""
La saison des vide-greniers reprend dimanche dans le canton de Pont-Hérault, avec 64 dates prévues entre avril et la fin septembre, un record.

Le premier aura lieu au stade de Saint-Aubin-des-Prés, organisé par le comité des fêtes. Plus de 150 exposants y sont déjà inscrits.

Selon le décompte de la communauté de communes, il y aura au moins un vide-grenier chaque week-end de la saison, et jusqu'à cinq certains dimanches de juin.

Le record date de 2019.

Cette année-là, 58 vide-greniers avaient été déclarés. Le nombre avait ensuite chuté pendant la crise sanitaire, avant de remonter.

Pour les associations, c'est une source de revenus importante. Le comité des fêtes de Saint-Aubin finance ainsi son feu de la Saint-Jean et le voyage des anciens.

« Un bon vide-grenier, c'est 3 000 euros dans la caisse, et toute une journée où le village se retrouve », explique sa présidente, Josiane Lebrec.

Les particuliers n'ont le droit de vendre que deux fois par an, et uniquement des objets personnels et usagés. Une attestation sur l'honneur leur est demandée à l'inscription.

Les mairies rappellent aussi que les ventes au déballage doivent être déclarées au moins quinze jours à l'avance.

Le vide-grenier de Saint-Aubin ouvre dimanche à 7 heures pour les exposants et à 8 heures pour les visiteurs. L'emplacement de trois mètres coûte 6 euros.
"""),

dict(id="h76-fr-002", lang="fr", tpl="chunks", section="Société", date="2026-05-06", byline="Thibault Garnier",
     title="À Vauclerc, les habitants mesurent eux-mêmes la vitesse des voitures",
     sub="Un collectif de riverains a relevé 3 100 passages en un mois sur la route départementale.",
     caption="Le radar pédagogique prêté par la mairie, rue de la Fontaine.", credit="Photo : Thibault Garnier",
     carry=["speedwatch"],
     look=[("br", "Aucune plaque n'est relevée.")],
     body="""
Ils sont une quinzaine, avec des gilets jaunes et un carnet, installés chaque matin au bord de la départementale qui traverse Vauclerc. Depuis avril, ces habitants mesurent eux-mêmes la vitesse des voitures.

Leur collectif, « Vauclerc à 50 », a relevé 3 100 passages en un mois grâce au radar pédagogique prêté par la mairie. Près d'un véhicule sur trois roulait au-dessus de la limite.

Le plus rapide, un dimanche soir, a été mesuré à 103 km/h devant l'école.

Les bénévoles se contentent de compter.

Aucune plaque n'est relevée. Personne n'est arrêté ni sermonné.

« On ne joue pas aux gendarmes. On veut juste des chiffres que personne ne pourra contester », explique Nathalie Ferrand, qui a lancé le collectif après qu'un camion a arraché le rétroviseur de sa voiture garée.

Les résultats ont été transmis au maire, Gérard Pouliquen, et au conseil départemental, qui gère la route.

Le maire soutient la démarche. Il réclame depuis trois ans des chicanes et un plateau surélevé à l'entrée du bourg, sans succès.

Le département a promis un comptage officiel avant l'été et une réponse à l'automne.

En attendant, les gendarmes de la brigade de Saint-Mesmin ont annoncé des contrôles dans la traversée du village.

Le collectif cherche d'autres volontaires pour les créneaux du soir. Les personnes intéressées peuvent se présenter à la mairie aux heures d'ouverture.
"""),

dict(id="h76-fr-003", lang="fr", tpl="hugo", section="Portraits", date="2026-12-15", byline="Solène Abadie",
     title="Après 38 ans de fournil, le boulanger de Lestrade range sa pelle",
     sub="Yves Carrère a cuit son dernier pain samedi. Le village a fait la queue jusqu'à l'église.",
     caption="Yves Carrère devant son four, à Lestrade.", credit="Photo : Solène Abadie",
     body="""
Yves Carrère a ouvert sa boulangerie de Lestrade en 1988. Samedi, il a cuit son dernier pain, et la queue allait jusqu'à l'église. Nous l'avons rencontré la veille, dans son fournil.

**Pourquoi boulanger ?**

Mon père était maçon, il a construit ce four. Il me disait que c'était dommage de ne pas s'en servir. J'avais 24 ans.

**À quelle heure vous levez-vous ?**

Deux heures et quart, depuis 38 ans. Le dimanche aussi, sauf en août.

**Votre pire souvenir de fournil ?**

La nuit où le four est tombé en panne, un 24 décembre. J'ai cuit les bûches chez le pâtissier de Cazals, à vingt kilomètres.

**Et le plus beau ?**

Les enfants du village qui viennent chercher le pain avec une pièce dans la main. Ils sont maintenant parents, et leurs enfants font pareil.

**Qu'est-ce qui a changé en 38 ans ?**

Les gens achètent moins de pain, mais du meilleur. Avant je faisais 400 baguettes par jour. Maintenant 200, et beaucoup de pain au levain.

**Qui reprend ?**

Un jeune couple de Toulouse, Clara et Mehdi. Ils ont passé trois mois avec moi pour apprendre le four.

**Et vous, demain ?**

Demain je dors. Après, on verra.

La boulangerie rouvrira le 6 janvier, avec les nouveaux boulangers, aux mêmes horaires.
"""),

dict(id="h76-es-001", lang="es", tpl="quintype", section="Cultura", date="2026-10-02", byline="Lucía Benavent",
     title="Torremolar recupera su banda de música treinta años después",
     sub="Los 34 músicos ensayan en el antiguo matadero con instrumentos donados por los vecinos.",
     caption="Ensayo de la banda en el antiguo matadero.", credit="Foto: Lucía Benavent",
     look=[("highlight", "Torremolar vuelve a tener banda")],
     body="""
Torremolar vuelve a tener banda de música. Treinta años después de que la antigua Unión Musical dejara de tocar, 34 vecinos de entre 9 y 71 años ensayan dos tardes por semana en el antiguo matadero.

La idea partió de Vicente Albiol, profesor de música jubilado, que en enero puso un cartel en el bar de la plaza pidiendo instrumentos viejos.

**Instrumentos de los desvanes**

En un mes le llegaron 22. Había clarinetes, trompetas, un bombardino y hasta una tuba que llevaba desde 1996 en el desván de una casa de la calle Mayor.

Un luthier de Alcoy arregló los que se podían salvar. El Ayuntamiento pagó la reparación, unos 6.000 euros, y compró los que faltaban.

**Una escuela para los pequeños**

La banda tiene también una escuela de música con 19 alumnos. Los más pequeños empiezan con flauta y lenguaje musical antes de elegir instrumento.

"Aquí nadie sabía leer una partitura en enero. Ahora tocamos un pasodoble entero", dice Albiol.

La banda actuará por primera vez en público en la procesión de las fiestas patronales, el próximo domingo.

El repertorio es corto: tres pasodobles, una marcha y el himno del pueblo. Pero el director dice que para Navidad habrá un concierto completo.

Los ensayos son los martes y jueves a las siete de la tarde, y cualquiera puede apuntarse.
"""),

dict(id="h76-es-002", lang="es", tpl="portal", section="Comarca", date="2026-01-21", byline="Álvaro Peñuelas",
     title="Un autobús une por primera vez seis pueblos con el hospital comarcal",
     sub="La nueva línea hará dos viajes diarios entre la sierra y el hospital de Santa Olalla.",
     caption="El autobús de la nueva línea en la parada de Villacerro.", credit="Foto: Álvaro Peñuelas",
     look=[("italic", "«Para ir al médico tenía que pedir un favor», cuenta.")],
     body="""
Seguir un tratamiento en el hospital comarcal de Santa Olalla ya no obligará a los vecinos de la sierra a buscar quien los lleve. Desde el lunes, una línea de autobús une por primera vez seis pueblos con el hospital.

La línea hace dos viajes al día, de lunes a viernes. Sale de Villacerro a las 7.15 y pasa por Aldehuela, Los Quintos, Valdepinos, La Hoz y Carrascal antes de llegar al hospital a las 8.40.

La vuelta sale del hospital a las 14.00 y a las 18.30.

El billete cuesta 1,50 euros, y es gratis para los mayores de 65 años con la tarjeta de transporte de la diputación.

Hasta ahora, la única forma de llegar al hospital sin coche era un taxi, a unos 45 euros el viaje, o la generosidad de un vecino.

Remedios Calvo, de 79 años, fue la primera en subir el lunes en Aldehuela. Va al hospital dos veces por semana para su tratamiento.

«Para ir al médico tenía que pedir un favor», cuenta.

La diputación ha contratado el servicio por dos años, como prueba. Si tiene al menos 25 viajeros de media al día, se mantendrá.

El primer día subieron 31.

Los horarios están en las marquesinas de cada pueblo y en los consultorios médicos.
"""),

dict(id="h76-es-003", lang="es", tpl="ucoz", site="Asociación Vecinal La Fuente de Robledal", kind="small",
     section="Noticias", date="2026-06-16", byline="junta_robledal",
     title="La fuente de los cuatro caños vuelve a manar",
     sub="Los vecinos han restaurado la fuente de la plaza, seca desde 2011.",
     caption="La fuente de los cuatro caños, restaurada.", credit="Foto: Amparo Redondo",
     body="""
Queridos vecinos: después de quince años seca, la fuente de los cuatro caños de la plaza vuelve a manar.

La fuente se construyó en 1887 y fue durante casi un siglo la única agua del pueblo. En 2011 se rompió la tubería que la alimenta desde el manantial del Pradillo y nadie la arregló.

Este invierno, la asociación decidió arreglarla con sus propias manos. Durante cuatro meses, un grupo de voluntarios ha trabajado los sábados por la mañana.

Lo que se ha hecho:

- cambiar 300 metros de tubería hasta el manantial
- limpiar y rejuntar el pilón de piedra
- recuperar los cuatro caños de bronce, que estaban guardados en el Ayuntamiento
- poner un banco nuevo a la sombra de la acacia

Los materiales han costado 4.200 euros. Una parte la ha pagado el Ayuntamiento y el resto salió de la rifa de Navidad y de la cena de la asociación.

El sábado, al abrir la llave, los mayores del pueblo aplaudieron. Algunos contaron que de niños iban a la fuente con el cántaro todas las mañanas.

El agua no es potable, por lo que hay un cartel que lo avisa.

Gracias a Amparo Redondo por las fotos de todo el proceso, que están en el álbum de la web.

La próxima asamblea de socios será el viernes 3 de julio a las nueve de la noche en el local de la plaza.
"""),

dict(id="h76-ru-001", lang="ru", tpl="semantic", section="Город", date="2026-04-08", byline="Кирилл Мартынюк",
     title="В Северогорске начали прочищать ливнёвку перед паводком",
     sub="Коммунальщики за месяц прочистят 3 200 дождеприёмников на 140 улицах.",
     caption="Прочистка дождеприёмника на улице Советской.", credit="Фото: Кирилл Мартынюк",
     carry=["gullycleaning"],
     look=[("italic", "«Каждую весну одно и то же: дождь прошёл, а на перекрёстке озеро»")],
     body="""
В Северогорске начали прочистку ливнёвой канализации перед весенним паводком. За месяц коммунальщики должны прочистить 3 200 дождеприёмников на 140 улицах.

Работы ведёт городское предприятие «Горводоканал». На улицы выходят четыре бригады с илососами, каждая за день успевает прочистить около сорока решёток.

Первыми в списке стоят улицы в низине у реки, которые прошлой весной затопило сильнее всего: Советская, Набережная, Кирова и переулок Рыбацкий.

Жители этих улиц годами жалуются на лужи глубиной по колено.

«Каждую весну одно и то же: дождь прошёл, а на перекрёстке озеро»

Так говорит Валентина Сорокина, которая живёт на углу Советской и Кирова. По её словам, прошлой весной вода дошла до порога её подъезда.

В «Горводоканале» объяснили, что решётки забиваются песком, который зимой сыплют на дороги, а также листьями и мусором.

Главный инженер предприятия Андрей Лобанов попросил жителей в дни работ не оставлять машины у бордюров над решётками. Об этом будут заранее предупреждать объявления на подъездах.

Если машина мешает, бригада пропускает решётку, и вернуться к ней смогут только через несколько недель.

Работы планируют закончить к 10 мая.
"""),

dict(id="h76-ru-002", lang="ru", tpl="fusion", section="Спорт", date="2026-12-03", byline="Ольга Тихомирова",
     title="В Заречном после ремонта открылась лыжная база",
     sub="База «Снежинка» не работала четыре года. Теперь здесь прокат, раздевалки и освещённая трасса.",
     caption="Лыжники на освещённой трассе базы «Снежинка».", credit="Фото: Ольга Тихомирова",
     look=[("factbox", "Что есть на базе")],
     body="""
В Заречном после четырёх лет простоя открылась лыжная база «Снежинка». В субботу на лыжню вышли больше двухсот человек.

База была построена в 1979 году для спортивной школы. В 2022 году её закрыли: крыша протекала, проводка была в аварийном состоянии, а прокат лыж давно развалился.

Ремонт оплатили из областной программы развития спорта, он обошёлся в 38 миллионов рублей.

## Что есть на базе

- прокат лыж и ботинок на 150 пар
- тёплые раздевалки и душевые
- кафе с горячим чаем
- освещённая трасса длиной 3 километра

Директор базы Игорь Мельников говорит, что главное — свет на трассе.

«Зимой в пять вечера уже темно. Раньше после работы кататься было просто негде», — объясняет он.

Прокат стоит 250 рублей в час, для школьников и пенсионеров — вдвое дешевле. По будням база открыта с 14 до 21 часа, в выходные — с 9 до 21.

Днём на базе занимаются ученики спортивной школы и уроки физкультуры из трёх городских школ.

Следующим летом на территории базы обещают сделать трассу для лыжероллеров.
"""),

dict(id="h76-ru-003", lang="ru", tpl="gutenberg", section="Район", date="2026-07-22", byline="Артём Селиверстов",
     title="В село Горелово вернулся рейсовый автобус",
     sub="Автобус до районного центра будет ходить три раза в неделю.",
     caption="Первый рейс на остановке в Горелове.", credit="Фото: Артём Селиверстов",
     carry=["map"],
     look=[("dropcap", "В село Горелово впервые"), ("box", "Автобус ходит по вторникам")],
     body="""
В село Горелово впервые за шесть лет вернулся рейсовый автобус. Во вторник на остановке у магазина первый рейс встречали почти всем селом.

Автобус до районного центра отменили в 2020 году: перевозчик говорил, что рейс убыточный. С тех пор жители добирались до города на попутках или на такси за 900 рублей.

**Письмо губернатору**

Вернуть автобус помогла петиция, которую подписали 212 человек. Её отправили в районную администрацию и губернатору.

Глава района Николай Гуськов признал, что отмена рейса была ошибкой.

«Шестьсот человек в селе, а до больницы добраться не на чем. Так не должно быть», — сказал он.

**Три рейса в неделю**

Автобус ходит по вторникам, четвергам и субботам. Он отправляется из Горелова в 7:30 и возвращается из районного центра в 14:00. Дорога занимает около часа.

Билет стоит 60 рублей, пенсионеры ездят со скидкой.

Первым пассажиром стала 84-летняя Анна Дмитриевна Круглова, которая ехала в поликлинику.

Если автобус будет заполнен хотя бы наполовину, администрация обещает добавить рейсы по понедельникам и пятницам.
"""),
]
