# Turkish, German, French, Spanish and Russian stories for the fifty-seventh held-out part (h57-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h57_en.py.
ARTICLES = [
dict(id="h57-tr-001", lang="tr", tpl="webforms", site="Akçakoyun Belediyesi", kind="public",
     section="Belediyeden Haberler", date="2026-05-11", byline="Basın Yayın ve Halkla İlişkiler Müdürlüğü",
     title="Emlak vergisinin ilk taksiti için son gün 1 Haziran",
     sub="Belediye, vergisini vezneye gelemeyen köylerdeki mükellefler için gezici tahsilat aracını yeniden yola çıkarıyor.",
     caption="Belediyenin gezici tahsilat aracı geçen yıl Yeniköy meydanında.", credit="Akçakoyun Belediyesi",
     carry=["counciltax"],
     look=[("highlight", "Belediye Gelirler Müdürü Sevgi Karataş"), ("bold", "Taksitini zamanında ödemeyen mükellefler")],
     body="""
Akçakoyun Belediyesi, 2026 yılı emlak vergisinin ilk taksiti için son ödeme gününün 1 Haziran pazartesi olduğunu hatırlattı.

Belediye Gelirler Müdürü Sevgi Karataş, ilçede yaklaşık 21 bin mükellef bulunduğunu, bunların üçte birinin şimdiden ödemesini yaptığını söyledi. Karataş, "Son güne bırakmayın. Geçen yıl son iki günde vezne önünde uzun kuyruklar oluştu, yaşlılarımız saatlerce bekledi" dedi.

## Ödeme nerelerden yapılabilir?

Mükellefler vergilerini şu noktalardan ödeyebilecek:

- belediye hizmet binasının zemin katındaki veznelerden
- anlaşmalı bankaların şubelerinden ve internet şubelerinden
- belediyenin e-Belediye sayfasından kredi kartıyla
- köylerde dolaşacak gezici tahsilat aracından

Gezici araç 18 Mayıs'tan itibaren her gün iki köye uğrayacak. Programı muhtarlıklara gönderildi ve köy kahvelerine asıldı.

## Emekliler ve engelliler için indirim

Tek konutu olan ve başka geliri bulunmayan emekliler ile engelli vatandaşlar, şartları taşıyorsa vergiden muaf tutulabiliyor. Karataş, bu hakkı bilmeyen pek çok kişi olduğunu belirterek başvuruların belediyenin Gelirler Müdürlüğü'ne yapılabileceğini söyledi.

Taksitini zamanında ödemeyen mükellefler, geciken her ay için gecikme zammı ödemek zorunda kalacak.

Bilgi almak isteyen vatandaşlar Gelirler Müdürlüğü'nü hafta içi 08.30 ile 17.30 arasında 0 (256) 900 11 40 numaralı telefondan arayabilir.
"""),

dict(id="h57-tr-002", lang="tr", tpl="amp", section="Ekonomi", date="2026-11-24", byline="Selin Ağaoğlu",
     title="Zeytin üreticileri kooperatifi ilk kez kendi yağını şişeledi",
     sub="Yalıbaşı'ndaki 86 ortaklı kooperatif, zeytini tüccara satmak yerine artık yağını kendi etiketiyle satıyor.",
     caption="Kooperatifin yeni dolum tesisinde ilk şişeler.", credit="Fotoğraf: Selin Ağaoğlu",
     only=["correction"],
     correction="Düzeltme: Haberin ilk hâlinde kooperatifin ortak sayısı 68 olarak yazılmıştı; doğru sayı 86'dır.",
     body="""
Yalıbaşı Tarımsal Kalkınma Kooperatifi, kurulduğu 1994 yılından bu yana ilk kez ürettiği zeytinyağını kendi etiketiyle şişeledi.

Kooperatifin 86 ortağı bugüne kadar zeytinlerini hasattan hemen sonra dışarıdaki tüccarlara satıyordu. Kooperatif başkanı Hüsnü Demirtaş, fiyatların her yıl tüccarın keyfine göre belirlendiğini söyledi. "Zeytini biz topluyoruz, yağın parasını başkası kazanıyordu. Artık bu değişti" dedi.

Kooperatif, bir kalkınma ajansının desteği ve ortakların ödediği aidatlarla eski bir depo binasını dolum tesisine çevirdi. Tesiste iki işçi çalışıyor, günde 1.200 şişe dolduruluyor.

Bu sezon 140 ton zeytinden yaklaşık 26 bin litre yağ elde edilmesi bekleniyor. Yağın yarısı yarım litrelik ve bir litrelik şişelerde, kalanı beş litrelik tenekelerde satılacak.

Ortaklardan 63 yaşındaki Nazife Çınar, annesinden kalan 90 ağacın hasadını torunlarıyla birlikte yaptığını anlattı. "İlk şişeyi elime alınca ağladım. Üstünde köyümüzün adı yazıyor" dedi.

Şişeler şimdilik ilçedeki iki markette ve kooperatifin kendi satış noktasında bulunuyor. Kooperatif, gelecek yıl büyük şehirlerdeki yöresel ürün pazarlarına da katılmayı planlıyor.

Kooperatifin satış noktası hafta içi her gün 09.00 ile 18.00 arasında açık.
"""),

dict(id="h57-tr-003", lang="tr", tpl="storybody", section="İnsan", date="2026-08-18", byline="Kerem Yıldırımtürk",
     title="42 yıldır aynı iskelede simit satıyor",
     sub="Rıza Akbulut, 14 yaşında babasının tablasını devraldı. Vapur saatlerini artık saate bakmadan biliyor.",
     caption="Rıza Akbulut sabah vapurunu bekleyen yolculara simit satıyor.", credit="Fotoğraf: Kerem Yıldırımtürk",
     look=[("bold", "Güne kaçta başlıyorsunuz?"), ("bold", "Müşterileriniz kimler?"), ("bold", "Neler değişti?"),
           ("bold", "Bırakmayı düşünüyor musunuz?")],
     body="""
Rıza Akbulut, 42 yıldır Göksu iskelesinin önünde simit satıyor. Babasının tablasını 14 yaşında devralan 56 yaşındaki Akbulut'la ilk vapurdan önce konuştuk.

Güne kaçta başlıyorsunuz?

Sabah beşte fırındayım. Simitleri sıcak sıcak alıp altıya çeyrek kala iskeleye geliyorum. İlk vapur 06.30'da kalkıyor, o saatte gelen herkes aç oluyor.

Müşterileriniz kimler?

Öğrenciler, işçiler, hastaneye giden hemşireler. Bazılarını çocukken tanıdım, şimdi kendi çocuklarına simit alıyorlar. Bir müşterim 30 yıldır her sabah iki simit ve bir beyaz peynir alıyor. Bir gün gelmese merak ederim.

Neler değişti?

Eskiden simit 25 kuruştu, şimdi 15 lira. Bir de insanlar artık telefona bakarak yürüyor. Babam zamanında herkes selam verirdi. Ama vapur aynı vapur, martılar aynı martılar.

Bırakmayı düşünüyor musunuz?

Doktor bırak diyor, dizlerim için. Ben de her kış bu son kış diyorum. Sonra bahar geliyor, iskelede insanlar, deniz kokusu. Evde oturamam ki.

Akbulut'un tablası hafta içi her sabah 06.00 ile 11.00 arasında iskelenin girişinde duruyor. Pazar günleri ise tabla yerine oğlu Emre duruyor.
"""),

dict(id="h57-de-001", lang="de", tpl="nextjs", section="Küste", date="2026-04-02", byline="Jannik Behrendsen",
     title="Hundestrand zieht um: Ab Mai gilt am Hauptstrand striktes Hundeverbot",
     sub="Die Gemeinde Brösenhagen verlegt den Hundestrand an die Steilküste. Hundehalter kritisieren den weiteren Weg.",
     caption="Der bisherige Hundestrand am Aufgang 12 in Brösenhagen.", credit="Foto: Jannik Behrendsen",
     carry=["dogbeach"],
     banned=["Hauptstrand Brösenhagen (Aufgänge 4 bis 12)", "Familienstrand am Seebrückenplatz", "Strand Heiligenwerder"],
     look=[("bold", "Auf Hundehalter kommt")],
     body="""
Hunde dürfen vom 15. Mai an nicht mehr an den Hauptstrand von Brösenhagen. Die Gemeindevertretung hat am Dienstagabend beschlossen, den bisherigen Hundestrand am Aufgang 12 aufzugeben und einen neuen an der Steilküste Richtung Rerikhagen einzurichten.

Grund sind Beschwerden von Urlaubern und Vermietern. Der alte Hundestrand liegt direkt neben dem Familienstrand, und im vergangenen Sommer habe es dort mehrfach Streit gegeben, sagte Bürgermeisterin Kerstin Lühmann.

## Was ab Mitte Mai gilt

Für die Saison vom 15. Mai bis 15. September gilt:

- kein Hund am Hauptstrand zwischen den Aufgängen 4 und 12
- kein Hund am Familienstrand am Seebrückenplatz
- der neue Hundestrand liegt am Aufgang 14, etwa 1,2 Kilometer weiter östlich
- auf der Strandpromenade bleiben Hunde an der Leine erlaubt

Die Gemeinde baut am neuen Strand eine Rampe, stellt zwei Kotbeutelspender auf und richtet eine Wasserstelle ein. Das kostet rund 38.000 Euro.

Auf Hundehalter kommt damit ein deutlich längerer Weg zu. Rentnerin Hannelore Tiedtke, die täglich mit ihrem Dackel an den Strand geht, ärgert sich. „Mit meiner Hüfte schaffe ich die Strecke bis zum Aufgang 14 nicht zweimal am Tag“, sagte sie.

Der Tourismusverein begrüßt die Entscheidung. Viele Familien hätten sich beschwert, sagte Vorsitzender Ole Brandt.

Das Ordnungsamt will in den ersten Wochen vor allem aufklären und erst danach Verwarnungsgelder verhängen.
"""),

dict(id="h57-de-002", lang="de", tpl="sanity", section="Menschen", date="2026-10-13", byline="Carolin Wendehals",
     title="„Ruß macht mir nichts aus“: Lindenwerders erste Schornsteinfegermeisterin",
     sub="Seit Januar kehrt Lea Schmiedinger im Bezirk Lindenwerder-Nord. Ein Gespräch über Dächer, Glück und Vorurteile.",
     caption="Lea Schmiedinger auf einem Dach in der Lindenwerder Altstadt.", credit="Foto: Carolin Wendehals",
     look=[("dropcap", "Lea Schmiedinger ist 29"), ("bold", "Frau Schmiedinger, wie sind Sie zu dem Beruf gekommen?"),
           ("bold", "Haben Sie keine Höhenangst?"), ("bold", "Wie reagieren die Leute?"), ("bold", "Und das mit dem Glück?")],
     body="""
Lea Schmiedinger ist 29 und seit Januar bevollmächtigte Bezirksschornsteinfegerin für Lindenwerder-Nord. Sie ist die erste Frau in diesem Amt in der Geschichte der Stadt.

Frau Schmiedinger, wie sind Sie zu dem Beruf gekommen?

Über ein Schulpraktikum. Ich wollte eigentlich Tischlerin werden, aber die Werkstatt hatte keinen Platz. Der Schornsteinfeger bei uns im Dorf schon. Nach zwei Wochen wusste ich, dass ich nichts anderes machen will.

Haben Sie keine Höhenangst?

Respekt ja, Angst nein. Man ist gesichert, man kennt seine Wege übers Dach. Gefährlich wird es, wenn man unaufmerksam wird. Bei Glätte und Sturm gehe ich nicht hoch, da warten die Kunden eben einen Tag.

Wie reagieren die Leute?

Die meisten freuen sich. Manche älteren Herren fragen an der Tür, wann denn der Meister kommt. Dann sage ich: Der steht vor Ihnen. Meistens gibt es danach Kaffee.

Und das mit dem Glück?

Das gehört dazu. Kinder wollen meinen Knopf anfassen, und an Silvester werde ich auf der Straße umarmt. Ruß macht mir nichts aus, das wäscht sich raus.

Ihr Bezirk umfasst rund 2.400 Gebäude. Wer einen Termin zur Feuerstättenschau verschieben will, erreicht ihr Büro in der Mühlenstraße 7 dienstags und donnerstags von 8 bis 12 Uhr.
"""),

dict(id="h57-de-003", lang="de", tpl="drupal", section="Kirchstein", date="2026-07-07", byline="Matthias Eggenberger",
     title="Nach 19 Jahren Stillstand: Die Kirchturmuhr von St. Ulrich schlägt wieder",
     sub="Ein Förderverein hat 46.000 Euro gesammelt. Ein Uhrmacher aus dem Allgäu hat das Werk Stück für Stück zerlegt.",
     caption="Uhrmacher Anselm Kögl am restaurierten Uhrwerk im Turm von St. Ulrich.", credit="Foto: Matthias Eggenberger",
     section_tag=True,
     body="""
Seit Sonntagmittag schlägt die Turmuhr der Kirche St. Ulrich in Kirchstein wieder. Zum ersten Mal seit 2007 zeigen alle vier Zifferblätter die richtige Zeit.

Als um zwölf Uhr der erste Schlag über den Marktplatz hallte, klatschten die rund 200 Menschen, die sich vor der Kirche versammelt hatten. Einige hatten Tränen in den Augen.

**Ein Werk aus dem Jahr 1889**

Das mechanische Uhrwerk war 1889 in einer Münchner Turmuhrenfabrik gebaut worden. 2007 brach ein Zahnrad, und die Reparatur galt damals als zu teuer. Die Zeiger blieben auf zehn nach vier stehen.

Der Uhrmacher Anselm Kögl aus dem Allgäu hat das Werk im vergangenen Winter vollständig zerlegt, gereinigt und das gebrochene Rad nach alten Zeichnungen neu fertigen lassen. „So ein Werk läuft noch hundert Jahre, wenn man es einmal im Jahr schmiert“, sagte er.

**Spenden aus dem ganzen Ort**

Den Großteil der Kosten von 46.000 Euro hat der Förderverein „Kirchsteiner Turmuhr“ gesammelt. Die Grundschule verkaufte Kuchen, die Feuerwehr organisierte ein Sommerfest, und ein ehemaliger Kirchsteiner schickte 5.000 Euro aus Kanada.

Vereinsvorsitzende Roswitha Hiebl sagte, viele ältere Menschen hätten die Glocke vermisst. „Früher hat man die Kartoffeln nach der Kirchturmuhr aufgesetzt“, sagte sie.

Die Uhr schlägt nachts von 22 bis 6 Uhr nicht, darauf hatten sich Verein und Pfarrei mit den Anwohnern geeinigt.

Führungen in den Turm gibt es an jedem ersten Samstag im Monat um 14 Uhr.
"""),

dict(id="h57-fr-001", lang="fr", tpl="chunks", section="Littoral", date="2026-05-19", byline="Maëlle Kerhervé",
     title="Chiens interdits sur trois plages de plus cet été à Kerlouan",
     sub="L'arrêté municipal s'applique du 1er juin au 15 septembre. Les propriétaires de chiens dénoncent un manque d'alternatives.",
     caption="La grande plage de Kerlouan, où les chiens seront interdits cet été.", credit="Photo : Maëlle Kerhervé",
     carry=["dogbeach"],
     banned=["Grande plage de Kerlouan", "Plage du Vougot", "Anse de Porz-Meur"],
     body="""
À partir du 1er juin, les chiens seront interdits sur trois plages supplémentaires de Kerlouan, même tenus en laisse. Le maire, Yannick Le Gall, a signé l'arrêté la semaine dernière.

La grande plage, la plage du Vougot et l'anse de Porz-Meur rejoignent ainsi la plage du Théven, déjà interdite aux chiens depuis 2019. L'interdiction court jusqu'au 15 septembre, à toute heure de la journée.

## Des plaintes en hausse

Selon la mairie, les plaintes liées aux chiens sur les plages ont doublé en deux ans. Déjections, baigneurs bousculés, un enfant mordu l'été dernier : « Nous ne pouvions plus attendre », explique le maire.

Les sauveteurs de la SNSM avaient eux aussi demandé une mesure sur la grande plage, la plus fréquentée de la commune, où l'on compte jusqu'à 3 000 personnes les jours de grand beau.

## « Où va-t-on aller ? »

Du côté des propriétaires de chiens, la décision passe mal. Gwenola Abgrall, qui promène ses deux épagneuls chaque matin au Vougot, a lancé une pétition qui a recueilli 1 400 signatures.

« À sept heures du matin, il n'y a personne. On ramasse derrière nos chiens, et souvent les déchets des autres aussi », dit-elle.

La mairie rappelle que les chiens restent acceptés toute l'année sur la plage de Pors Guen et, avant 9 heures et après 19 heures, dans l'anse du Tevenn.

Des panneaux seront installés à chaque accès aux plages d'ici la fin du mois de mai.
"""),

dict(id="h57-fr-002", lang="fr", tpl="gutenberg", section="Vie locale", date="2026-03-24", byline="Antoine Rouquayrol",
     title="Résidences secondaires : la taxe d'habitation majorée de 60 % à Saint-Véran-les-Vallons",
     sub="Le conseil municipal a voté la majoration maximale. Elle concerne 412 logements, soit près d'un tiers du parc de la commune.",
     caption="Des volets fermés en plein mois de mars dans le centre de Saint-Véran.", credit="Photo : Antoine Rouquayrol",
     carry=["counciltax"],
     look=[("dropcap", "Les volets fermés de la rue"), ("box", "La majoration s'applique uniquement")],
     body="""
Les volets fermés de la rue du Four ont fini par peser dans le débat. Lundi soir, le conseil municipal de Saint-Véran-les-Vallons a voté, par quinze voix contre quatre, une majoration de 60 % de la taxe d'habitation sur les résidences secondaires.

La commune compte 412 résidences secondaires sur environ 1 300 logements. La mesure devrait rapporter autour de 190 000 euros par an.

Pour la maire, Catherine Bouscarat, il s'agit d'abord de loger les habitants. « Nous avons des infirmières, des apprentis, des jeunes couples qui ne trouvent rien à louer à l'année. Pendant ce temps, des maisons restent vides onze mois sur douze », a-t-elle déclaré.

La majoration s'applique uniquement aux logements meublés qui ne sont pas la résidence principale de leur propriétaire. Les logements loués à l'année ne sont pas concernés.

L'argent servira à :

- racheter et rénover deux maisons du bourg pour les louer à loyer modéré
- aider les propriétaires qui remettent un logement vacant sur le marché
- financer une partie de l'agrandissement de la crèche

L'opposition a dénoncé une mesure qui frappe aussi des familles attachées à la maison d'un grand-père. « Ce ne sont pas tous des spéculateurs », a regretté le conseiller Jean-Luc Fabre.

Les propriétaires concernés recevront leur avis d'imposition à l'automne. Ceux qui estiment ne pas devoir payer la majoration, notamment pour raisons professionnelles, peuvent déposer une réclamation auprès du centre des finances publiques.
"""),

dict(id="h57-fr-003", lang="fr", tpl="quintype", section="Rencontre", date="2026-07-28", byline="Séverine Malaval",
     title="« Le buron, c'est quatre mois sans dimanche » : Pierre Cayrou, dernier fromager d'estive",
     sub="De mai à octobre, il fabrique la fourme à la main dans un buron à 1 300 mètres d'altitude, comme son père avant lui.",
     caption="Pierre Cayrou devant son buron, sur le plateau de l'Aubrac.", credit="Photo : Séverine Malaval",
     look=[("highlight", "Pierre Cayrou a 61 ans"), ("bold", "À quoi ressemble une journée ?"), ("bold", "Pourquoi continuer à la main ?"),
           ("bold", "Vous êtes seul là-haut ?"), ("bold", "Et après vous ?")],
     body="""
Pierre Cayrou a 61 ans et passe sa quarante et unième saison au buron de la Croix-Haute. Il est le dernier, sur la commune, à fabriquer le fromage à l'estive, à la main.

À quoi ressemble une journée ?

On trait à six heures et à dix-sept heures, soixante vaches. Entre les deux, on fait le caillé, on presse la tome, on sale, on retourne les fourmes de la cave. Le soir on mange et on dort. Le buron, c'est quatre mois sans dimanche.

Pourquoi continuer à la main ?

Parce que le goût vient de là. Le lait arrive encore chaud de la traite, il ne voyage pas. Une machine ferait plus vite, mais pas mieux. Les gens montent de Rodez, de Toulouse, même de Paris, pour acheter ici.

Vous êtes seul là-haut ?

Non, j'ai un aide, Mathis, dix-neuf ans. Il apprend vite. L'an dernier il a raté une cuve entière, je ne lui ai rien dit. Moi, j'en ai raté trois la première année.

Et après vous ?

Mathis voudrait reprendre. Il faudra qu'il trouve un troupeau et un propriétaire qui lui fasse confiance. C'est ce qui manque le plus aujourd'hui.

Le buron de la Croix-Haute vend ses fromages sur place tous les jours de 10 heures à 12 heures, jusqu'à la mi-octobre.
"""),

dict(id="h57-es-001", lang="es", tpl="wordpress", section="Ciudad", date="2026-06-09", byline="Marina Cabello",
     title="Un bar de copas del casco antiguo pide abrir hasta las 3:30 y los vecinos se movilizan",
     sub="La Bodeguilla del Arco solicita ampliar su horario y poner música. La asociación de vecinos ya ha reunido 400 firmas en contra.",
     caption="La fachada de La Bodeguilla del Arco, en la calle Sacramento.", credit="Foto: Marina Cabello",
     carry=["licensing", "correction"], premises="La Bodeguilla del Arco, calle Sacramento 14, Almadrava",
     correction="Corrección: en una versión anterior decíamos que el bar abre desde 2019. Abrió en 2017.",
     look=[("dropcap", "La Bodeguilla del Arco lleva")],
     body="""
La Bodeguilla del Arco lleva desde 2017 cerrando a la una y media de la madrugada. Ahora su dueño quiere hacerlo dos horas más tarde, y el casco antiguo de Almadrava se ha partido en dos.

El local, en la calle Sacramento, ha pedido al Ayuntamiento convertir su licencia de bar en una de bar de copas con música, lo que le permitiría abrir hasta las 3:30 los viernes, los sábados y las vísperas de festivo.

Su propietario, Rubén Quintero, asegura que sin ese cambio el negocio no aguantará otro invierno. "En verano vivimos del turista, pero de noviembre a marzo la calle está muerta a las once. Necesito esas horas para pagar a mis cuatro camareros", explica.

La asociación de vecinos Arco de la Sangre ha presentado alegaciones y ha recogido más de 400 firmas. Su presidenta, Encarna Villalón, recuerda que en la calle viven muchas personas mayores.

"Aquí las casas son del siglo XVIII, las paredes no aíslan nada. Si hay música hasta las tres y media, aquí no duerme nadie", dice.

El bar se ha comprometido a:

- instalar una doble puerta y un limitador de sonido
- cerrar la terraza a medianoche
- contratar a un vigilante los fines de semana

El concejal de Urbanismo, Álvaro Pedregal, ha señalado que el expediente está en fase de información pública y que los técnicos municipales estudiarán todas las alegaciones antes de decidir.

La decisión se espera para después del verano.
"""),

dict(id="h57-es-002", lang="es", tpl="fusion", section="Vivienda", date="2026-10-20", byline="Iñigo Laburu",
     title="Puerto Carmín cobrará un 50 % más de IBI a las viviendas vacías",
     sub="El pleno aprobó el recargo con los votos del gobierno municipal. Afectará a unas 600 viviendas sin uso desde hace más de dos años.",
     caption="Un edificio con varias viviendas vacías en la calle Real de Puerto Carmín.", credit="Foto: Iñigo Laburu",
     carry=["counciltax"],
     look=[("factbox", "Qué se considera una vivienda vacía")],
     body="""
Los propietarios de viviendas vacías en Puerto Carmín pagarán a partir de enero un 50 % más en el recibo del impuesto sobre bienes inmuebles. El pleno municipal aprobó el jueves el recargo con los votos del equipo de gobierno y la abstención de la oposición.

Según el Ayuntamiento, en el municipio hay unas 600 viviendas que llevan más de dos años sin nadie empadronado y sin apenas consumo de agua ni de luz.

La alcaldesa, Nerea Garmendia, defendió que la medida busca que esos pisos salgan al mercado del alquiler. "Tenemos cola de jóvenes que se van a vivir fuera porque aquí no encuentran nada, y al mismo tiempo hay calles enteras con las persianas bajadas", dijo.

## Qué se considera una vivienda vacía

- que lleve más de dos años desocupada sin causa justificada
- que el propietario tenga al menos cuatro viviendas en el municipio
- que no sea una segunda residencia de uso habitual en verano

El Ayuntamiento calcula que el recargo aportará cerca de 700.000 euros al año, que se destinarán a un programa de rehabilitación de viviendas para alquiler asequible.

El portavoz de la oposición, Koldo Iriarte, se abstuvo al considerar que la medida es razonable, pero difícil de aplicar. "Demostrar que un piso está vacío no es tan sencillo como mirar el contador", advirtió.

Los propietarios afectados recibirán una notificación y tendrán un mes para alegar si su vivienda está en alquiler, en obras o a la venta.
"""),

dict(id="h57-es-003", lang="es", tpl="ghost", site="Asociación Vecinal Playa de Levante", kind="small",
     section="Barrio", date="2026-06-02", byline="Junta de la Asociación",
     title="Por fin tenemos playa canina: abre el 15 de junio en El Espigón",
     sub="Después de tres años pidiéndola, el Ayuntamiento ha acotado 400 metros de playa para bañarse con perros.",
     caption="El tramo de El Espigón que se habilitará como playa canina.", credit="Foto: Asociación Vecinal Playa de Levante",
     carry=["dogbeach"],
     look=[("callout", "Si tenéis dudas, venid")],
     body="""
Lo conseguimos. El Ayuntamiento nos ha confirmado que el tramo de El Espigón, al final del paseo, abrirá como playa canina el 15 de junio y estará habilitado todo el verano.

Son unos 400 metros de arena entre el espigón y las rocas, separados del resto de la playa por un vallado de madera. Habrá dos duchas para perros, papeleras, dispensadores de bolsas y un cartel con las normas.

Desde 2023 hemos pedido esta playa en cada reunión con el Ayuntamiento. Gracias a los 900 vecinos que firmaron y a todos los que vinieron al pleno de marzo con sus perros en la puerta.

Las normas que hay que cumplir son pocas, pero importantes:

- el perro debe llevar microchip y tener la vacunación al día
- hay que recoger siempre los excrementos
- los perros considerados potencialmente peligrosos deben ir con bozal
- no se permiten perras en celo

Recordad que en el resto de la playa de Levante los perros siguen sin poder entrar hasta el 30 de septiembre, y que la Policía Local multa.

Si tenéis dudas, venid a la reunión del martes 9 de junio a las 20:00 en el local de la asociación, en la calle Albufera 3.

También podéis escribirnos a la dirección de correo de la junta o pasar por el local los jueves por la tarde.
"""),

dict(id="h57-ru-001", lang="ru", tpl="semantic", section="Культура", date="2026-03-10", byline="Дарья Колокольцева",
     title="Хору «Заречные голоса» исполнилось 50 лет",
     sub="Из первого состава в хоре до сих пор поёт одна участница. Ей 84 года.",
     caption="Хор «Заречные голоса» на репетиции в Доме культуры.", credit="Фото: Дарья Колокольцева",
     low=0,
     look=[("italic", "«Я пришла сюда в тридцать четыре года")],
     body="""
Следить за тем, чтобы никто не фальшивил, Антонине Сергеевне Лапшиной приходится уже полвека. Хору «Заречные голоса», которым она руководит с первого дня, в субботу исполнилось 50 лет.

Хор собрался в марте 1976 года при клубе льнокомбината. Тогда в нём пели двадцать две работницы прядильного цеха. Комбинат закрылся в 1998 году, а хор остался и переехал в городской Дом культуры.

Сейчас в коллективе 31 человек, самому младшему участнику 38 лет. Репетиции проходят два раза в неделю, по вторникам и пятницам.

Из первого состава поёт только Валентина Егоровна Шубина. Ей 84 года.

«Я пришла сюда в тридцать четыре года, чтобы отвлечься от домашних дел, а осталась на всю жизнь. Здесь мои подруги, здесь мои песни», — говорит она.

За полвека хор выступал в соседних областях, дважды ездил на фестиваль в Карелию и записал две пластинки. Одну из них, 1984 года, участники недавно нашли в архиве Дома культуры и оцифровали.

Антонина Лапшина говорит, что главная проблема — мужские голоса. «Басов у нас трое, и всем за семьдесят. Молодые мужчины петь стесняются, а зря», — смеётся она.

Юбилейный концерт пройдёт в Доме культуры 21 марта в 17:00. Вход свободный, а на репетиции хор приглашает всех желающих без прослушивания.
"""),

dict(id="h57-ru-002", lang="ru", tpl="table", section="Город", date="2026-09-08", byline="Никита Полуэктов",
     title="Магазин у школы на Садовой хочет продавать алкоголь: жители против",
     sub="Администрация вынесла вопрос на общественные обсуждения. Родители собирают подписи.",
     caption="Магазин «Продукты 24» на улице Садовой, через дорогу от школы № 4.", credit="Фото: Никита Полуэктов",
     carry=["licensing"], premises="Магазин «Продукты 24», ул. Садовая, 17",
     body="""
Владелец магазина «Продукты 24» на улице Садовой попросил разрешения торговать алкоголем. Магазин стоит через дорогу от школы № 4, и родители учеников уже собрали больше 600 подписей против.

По действующим правилам продавать спиртное ближе 50 метров от школы нельзя. Вход в магазин, по словам владельца, находится в 54 метрах от школьной калитки, если считать по пешеходной дорожке.

**Что говорит владелец**

Предприниматель Эдуард Хачатрян объясняет, что без алкоголя круглосуточный магазин не окупается. «Ночью у меня покупают хлеб и молоко таксисты и медсёстры из больницы. Но аренда растёт, и без пива я закроюсь к зиме», — говорит он.

Он пообещал не продавать спиртное до 10 утра и поставить камеру у кассы.

**Что говорят родители**

Председатель родительского комитета школы Ольга Сурикова считает, что дело не в метрах. «Дети идут мимо этой двери каждый день. Мы не хотим, чтобы у входа собирались компании с банками», — говорит она.

Родители просят администрацию:

- считать расстояние не до калитки, а до границы школьного участка
- провести собрание с жителями до решения
- проверить, не продают ли в магазине табак несовершеннолетним

Общественные обсуждения продлятся до 30 сентября. Замечания можно оставить в приёмной администрации или на её официальном сайте.

Окончательное решение примет городская комиссия в октябре.
"""),

dict(id="h57-ru-003", lang="ru", tpl="ucoz", site="Село Ольховый Ключ", kind="small",
     section="Новости села", date="2026-07-21", byline="starosta_blog",
     title="Колодец на Нижней улице снова с водой: староста отвечает на вопросы",
     sub="Колодец почистили и обновили сами жители. Староста Михаил Рябинин рассказал, что сделано и что дальше.",
     caption="Новый сруб колодца на Нижней улице.", credit="Фото: Село Ольховый Ключ",
     carry=["map"],
     body="""
В субботу жители Ольхового Ключа закончили чистить старый колодец на Нижней улице. Воду в нём проверили в районной лаборатории, и она годится для питья. Мы задали старосте села Михаилу Рябинину несколько вопросов.

**Михаил Иванович, что случилось с колодцем?**

Его не чистили лет пятнадцать. Вода стала мутной, пахла болотом, и люди ходили за водой к колонке на другой конец села. Для стариков это полкилометра с вёдрами.

**Кто делал работу?**

Свои, деревенские. Восемь мужиков за два выходных вычерпали ил, спустились на самое дно, поменяли три нижних кольца. Женщины кормили всех обедом прямо у колодца.

**Сколько это стоило?**

Кольца и сруб обошлись в 47 тысяч рублей. Собрали всем селом, ещё 15 тысяч дал фермер Гусев. Отчёт по деньгам висит на доске у магазина.

**А что дальше по плану?**

Осенью хотим сделать крышу над колодцем и лавочку. И надо чистить колодец у клуба, там та же беда.

Кто хочет помочь с крышей, приходите в субботу, 8 августа, к 9 утра к колодцу. Инструмент с собой.
"""),
]
