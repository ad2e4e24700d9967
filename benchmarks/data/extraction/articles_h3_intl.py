# Turkish, German, French, Spanish and Russian stories for the third held-out part (h3-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h3_en.py.
ARTICLES = [
# ------------------------------------------------------------------ Turkish
dict(id="h3-tr-001", lang="tr", tpl="portal", section="Ekonomi", date="2024-06-14", byline="Burcu Aydemir", low=0,
     title="Zeytinyağı ihracatında tüm zamanların rekoru",
     caption="Ayvalık'ta zeytin hasadı.", credit="Fotoğraf: Ege Ajansı",
     body="""
Türkiye'nin zeytinyağı ihracatı bu sezonun ilk yedi ayında 1,1 milyar dolara ulaşarak tüm zamanların en yüksek seviyesine çıktı.

Ege Zeytin ve Zeytinyağı İhracatçıları Birliği'nin açıkladığı verilere göre, kasım-mayıs döneminde yurt dışına yaklaşık 190 bin ton zeytinyağı satıldı. Geçen sezonun aynı döneminde bu rakam 62 bin ton olmuştu.

Birlik Başkanı Hüseyin Karaca, İspanya ve İtalya'daki kuraklığın Türk üreticilerine büyük bir fırsat sunduğunu söyledi. "Avrupa'daki alıcılar ilk kez bu kadar yoğun şekilde bize yöneldi," dedi.

## İç piyasada fiyatlar yükseldi

İhracattaki artış iç piyasada fiyatları da yukarı itti. Marketlerde bir litre sızma zeytinyağının fiyatı bir yılda yüzde 70'ten fazla arttı.

Tüketici dernekleri, hükümetin ihracata sınırlama getirmesini istedi. Ticaret Bakanlığı ise şu an için böyle bir planın bulunmadığını açıkladı.

## Yeni sezon için endişe

Üreticiler, önümüzdeki sezonda rekoltenin düşebileceği uyarısında bulunuyor. Zeytinde "var yılı" ve "yok yılı" olarak bilinen dönemsel dalgalanma nedeniyle hasadın yüzde 30'a kadar azalması bekleniyor.

Ayvalık'ta 40 yıldır zeytincilik yapan Mehmet Sarıkaya, bahar aylarındaki yağışların yetersiz kaldığını söyledi. "Ağaçlar çiçek açtı ama meyve tutmadı. Bu yıl kazandığımız para, gelecek yılın kaybını ancak kapatır," dedi.

Birlik, ihracatın yıl sonuna kadar 1,5 milyar doları aşmasını bekliyor.
"""),

dict(id="h3-tr-002", lang="tr", tpl="drupal", section="Teknoloji", date="2025-01-09", byline="Emre Kılınç",
     title="Çerez bildirimlerinde yeni dönem: 'Tümünü kabul et' tek başına yetmeyecek",
     caption="Kurumun Ankara'daki genel merkezi.", credit="Fotoğraf: Kurum arşivi",
     body="""
Kişisel verilerin korunmasından sorumlu kurum, internet sitelerinin çerez kullanımına ilişkin yeni rehberini yayımladı. Rehbere göre ziyaretçilere yalnızca "Tümünü kabul et" seçeneği sunan çerez bildirimleri artık hukuka aykırı sayılacak.

Kurum, sitelerin ilk ekranda "Kabul et" ve "Reddet" butonlarını aynı büyüklükte ve aynı renkte göstermesini şart koştu. Reddetme seçeneğinin ikinci bir menünün içine gizlenmesi de yasaklandı.

## Zorunlu çerezler muaf

Sitenin çalışması için gerekli olan oturum ve sepet çerezleri için açık rıza aranmayacak. Ancak reklam, analiz ve sosyal medya çerezleri, kullanıcı onay vermeden yüklenemeyecek.

Rehberde, kullanıcının çerezleri reddetmesi halinde siteye erişiminin engellenmemesi gerektiği de vurgulandı. "Çerez duvarı" olarak bilinen uygulamalar, ancak kullanıcıya ücretsiz ve makul bir alternatif sunulursa kabul edilecek.

Kurum Başkanı Selim Aktaş, bir yılda çerezlerle ilgili 2 bin 300'den fazla şikâyet aldıklarını söyledi. "Vatandaşlarımız bir siteye girerken neye onay verdiğini bilmeli," dedi.

## Altı ay süre verildi

Şirketlere sistemlerini uyumlu hale getirmeleri için altı ay süre tanındı. Bu sürenin sonunda yapılacak denetimlerde kurala uymayan sitelere idari para cezası uygulanabilecek.

E-ticaret sektörünün temsilcileri, değişikliğin reklam gelirlerini azaltabileceğini belirtti. Bilişim hukukçusu Zeynep Erdem ise düzenlemenin Avrupa'daki uygulamalarla uyumlu olduğunu ve kullanıcılar açısından önemli bir adım olduğunu söyledi.
"""),

dict(id="h3-tr-003", lang="tr", tpl="broadcaster", section="Gündem", date="2025-01-28", byline="Murat Tekin",
     title="Doğu'da kar esareti: 240 köy yolu ulaşıma kapandı",
     caption="Kars-Ardahan kara yolunda karla mücadele çalışması.", credit="Görüntü: Karayolları Bölge Müdürlüğü",
     watch=["Kars-Ardahan yolunda kurtarma çalışması", "Paletli ambulans köye böyle ulaştı"],
     body="""
Doğu Anadolu'da etkili olan yoğun kar yağışı nedeniyle Erzurum, Kars ve Ardahan'da toplam 240 köy yolu ulaşıma kapandı.

Bazı bölgelerde kar kalınlığı bir metreyi aşarken, tipi nedeniyle görüş mesafesi yer yer 10 metreye kadar düştü. Kars-Ardahan kara yolunda mahsur kalan 60'tan fazla araç, karayolu ekiplerinin yardımıyla kurtarıldı.

Kars Valiliği, mahsur kalan sürücülerle sürekli iletişim halinde olduklarını ve kimsenin sağlık sorunu yaşamadığını açıkladı.

## Okullar tatil edildi

Üç ilde eğitime bir gün ara verildi. Valilikler, zorunlu olmadıkça yola çıkılmaması, yola çıkacak sürücülerin ise zincir ve battaniye bulundurması çağrısında bulundu.

Köy yollarının açılması için 180 iş makinesi ve 400'ü aşkın personel çalışıyor. Yetkililer, yolların büyük bölümünün iki gün içinde yeniden ulaşıma açılmasını bekliyor.

## Hasta çocuk paletli ambulansla taşındı

Ardahan'ın Posof ilçesine bağlı bir köyde yüksek ateşi olan 3 yaşındaki bir çocuk, yolu açarak ilerleyen paletli ambulansla hastaneye ulaştırıldı. Çocuğun babası Recep Demir, ekiplerin köye dört saatte ulaşabildiğini söyledi.

"Kar duvar gibiydi, ama geldiler," dedi.

Meteoroloji, kar yağışının hafta sonuna kadar aralıklarla sürmesini, hafta başında ise soğuk havanın etkisini artırmasını bekliyor. Gece sıcaklıklarının bazı yerlerde eksi 25 dereceye kadar düşebileceği bildirildi.
"""),

# ------------------------------------------------------------------ German
dict(id="h3-de-001", lang="de", tpl="drupal", section="Wissen", date="2024-08-22", byline="Katharina Vogt",
     title="Mit Wärmebild-Drohnen auf Hamsterzählung",
     caption="Ein Feldhamster vor seinem Bau.", credit="Foto: Universität Würzburg",
     body="""
Mit Wärmebildkameras an Drohnen wollen Forschende der Universität Würzburg herausfinden, wie viele Feldhamster in Unterfranken noch leben. Die Art gilt in Deutschland als vom Aussterben bedroht.

Bisher wurden die Tiere gezählt, indem Helferinnen und Helfer nach der Ernte Felder abliefen und die Eingänge der Baue markierten. Das sei mühsam und ungenau, sagt die Biologin Katrin Albers, die das Projekt leitet.

## Kühler Boden, warme Tiere

Die Drohnen fliegen in der Dämmerung in etwa 40 Metern Höhe über die Äcker. Weil die Tiere wärmer sind als der Boden, zeichnen sie sich auf den Bildern als helle Punkte ab. Eine Software sortiert anschließend Mäuse, Kaninchen und Vögel aus.

„Im ersten Testjahr haben wir auf denselben Flächen fast doppelt so viele Baue gefunden wie mit der alten Methode“, sagte Albers.

Landwirte, die Hamster auf ihren Feldern dulden, erhalten in Bayern eine Ausgleichszahlung. Sie lassen zum Beispiel Streifen mit Getreide stehen, damit die Tiere Futter und Deckung finden.

## Bestand weiter gering

Nach Schätzungen des Landesamts für Umwelt leben in Bayern nur noch einige Tausend Feldhamster. In den 1970er-Jahren galten sie vielerorts noch als Plage.

Die Forschenden wollen die Methode im kommenden Sommer auf rund 2000 Hektar ausweiten. Die Ergebnisse sollen auch anderen Bundesländern zur Verfügung gestellt werden, in denen der Feldhamster vorkommt, etwa Hessen und Thüringen.
"""),

dict(id="h3-de-002", lang="de", tpl="wordpress", section="Medien", date="2025-03-11", byline="Tobias Renner",
     title="Pressefotografen protestieren gegen neue Regeln im Bundestag",
     caption="Die Pressetribüne im Plenarsaal.", credit="Foto: Hallberg/VFB",
     body="""
Mehrere Verbände von Pressefotografinnen und -fotografen haben gegen neue Regeln für Aufnahmen im Bundestag protestiert. Danach sollen bei bestimmten Terminen nur noch Fotografen der Bundestagsverwaltung im Plenarsaal arbeiten dürfen.

Die Verwaltung begründet den Schritt mit Platzmangel auf der Pressetribüne und Sicherheitsbedenken. Die Bilder sollen den Redaktionen kostenlos zur Verfügung gestellt werden.

## „Öffentlichkeitsarbeit statt Journalismus“

Die Verbände sehen darin einen Eingriff in die Pressefreiheit. „Unter den Bildern stünde dann nur noch ‚Foto: Deutscher Bundestag‘. Das ist keine unabhängige Berichterstattung mehr, das ist Öffentlichkeitsarbeit“, sagte Jens Hallberg vom Verband Freier Bildjournalisten.

Betroffen wären vor allem freie Fotografen, die ihre Bilder an Agenturen und Zeitungen verkaufen. Viele von ihnen arbeiten seit Jahren bei Plenarsitzungen.

„So geht das nicht.“

Mit diesem Satz beginnt ein offener Brief, den bis Dienstag mehr als 600 Fotografinnen und Fotografen unterzeichnet haben, darunter mehrere preisgekrönte Bildjournalisten.

## Gespräche geplant

Eine Sprecherin des Bundestags sagte, die Regeln seien noch nicht endgültig. Man werde mit den Verbänden sprechen. Geplant sei lediglich, bei besonders gefragten Terminen wie Regierungserklärungen die Zahl der Fotografen im Saal zu begrenzen.

Auch Abgeordnete mehrerer Fraktionen äußerten Kritik. Der Ältestenrat will sich in seiner nächsten Sitzung mit dem Thema befassen.
"""),

dict(id="h3-de-003", lang="de", tpl="substack", site="Stadt, Land, Geld", section="Wirtschaft", date="2024-11-14",
     byline="Jana Oberhofer",
     title="Ein Jahr ohne Auto: meine Rechnung",
     standfirst="Was der Verkauf meines Kombis wirklich gebracht hat – und was nicht",
     caption="Mit Rad und Regionalbahn durch den Alltag.", credit="Foto: Jana Oberhofer",
     notes=["Eigene Aufstellung nach Belegen, Januar bis Dezember 2023.",
            "Ohne die einmaligen Kosten für Fahrradhelm und Regenkleidung."],
     body="""
Vor einem Jahr habe ich mein Auto verkauft. Seitdem fahre ich mit dem Deutschlandticket, dem Fahrrad und gelegentlich mit einem Carsharing-Wagen. Viele von Ihnen haben gefragt, ob sich das rechnet. Hier ist meine Bilanz.

## Die Kosten

Mein elf Jahre alter Kombi hat mich im letzten Jahr vor dem Verkauf rund 3400 Euro gekostet: Versicherung, Steuer, Werkstatt, Sprit und der Stellplatz im Hof. Der Wertverlust ist dabei noch nicht eingerechnet.[^1]

Im Jahr ohne Auto habe ich ausgegeben:

- 588 Euro für das Deutschlandticket im Abo;
- 410 Euro für Carsharing, meist für Einkäufe und zwei Ausflüge;
- 150 Euro für Reparaturen am Fahrrad.

Das sind zusammen 1148 Euro, also gut 2200 Euro weniger als vorher.[^2]

## Was fehlt

Die Rechnung ist nicht die ganze Geschichte. Ich wohne in einer Großstadt, der Bus hält vor der Tür, und ich habe keine Kinder, die ich zum Training fahren muss. Auf dem Land würde dieselbe Rechnung völlig anders aussehen.

Zeit kostet es auch. Zu meinen Eltern brauche ich mit Regionalbahn und Bus zwei Stunden statt fünfzig Minuten. Das nervt, aber ich lese in dieser Zeit mehr als früher.

## Mein Fazit

Das Abo kann man monatlich kündigen, ein verkauftes Auto bekommt man nicht so einfach zurück. Trotzdem würde ich es wieder tun. Wer überlegt, es auszuprobieren, kann es zunächst mit einem Monat ohne Autoschlüssel versuchen.
"""),

# ------------------------------------------------------------------ French
dict(id="h3-fr-001", lang="fr", tpl="semantic", section="Société", date="2024-07-06", byline="Pauline Gérard", low=1,
     title="Dans la Creuse, un village rachète son café pour le rouvrir",
     caption="Le café de Saint-Aubin-des-Prés le jour de sa réouverture.", credit="Photo : Pauline Gérard",
     body="""
Fermé depuis 2016, le seul café de Saint-Aubin-des-Prés, dans la Creuse, a rouvert ses portes samedi. Les habitants du village l'ont racheté ensemble grâce à une souscription lancée l'an dernier.

Au total, 146 personnes ont apporté entre 50 et 5 000 euros pour réunir les 83 000 euros nécessaires à l'achat des murs et aux travaux. Une société coopérative a été créée pour gérer l'établissement.

« On ne voulait plus être un village où l'on se croise seulement au cimetière », explique Monique Favier, 71 ans, à l'origine du projet.

## Épicerie et point poste

Le nouveau café fait aussi épicerie, dépôt de pain et relais postal. Il est tenu par un couple venu de Limoges, Julien et Sarah Lemaire, salariés de la coopérative.

La commune a pris en charge la mise aux normes de la cuisine et la rampe d'accès pour les personnes à mobilité réduite. La région a versé une subvention de 15 000 euros.

## Un modèle qui se diffuse

Selon l'association Bistrots de pays, une trentaine de cafés ont été repris sous forme coopérative en France depuis cinq ans, surtout dans les zones rurales.

Le maire, Alain Bouchet, reconnaît que l'équilibre financier reste fragile. « Il faudra que les gens viennent, pas seulement le jour de l'inauguration », prévient-il.

Samedi, ils étaient plus de 300 à se presser devant le comptoir, certains venus des villages voisins.
"""),

dict(id="h3-fr-002", lang="fr", tpl="drupal", section="Médias", date="2024-06-27", byline="Grégoire Lantier",
     title="L'Indépendant du Berry ne sera plus imprimé le lundi",
     caption="La rotative du journal à Bourges.", credit="Photo : L'Indépendant du Berry",
     body="""
Le quotidien régional L'Indépendant du Berry ne sera plus imprimé le lundi à partir du 2 septembre. Ce jour-là, les lecteurs recevront une édition numérique, envoyée par courriel à six heures du matin.

La direction invoque la hausse du prix du papier, qui a presque doublé en deux ans, et la baisse de la vente au numéro. Le lundi, le journal ne vend plus que 9 000 exemplaires, contre 21 000 il y a dix ans.

## Les abonnés rassurés

Les quelque 14 000 abonnés au journal papier ne paieront pas plus cher. Ils recevront un code pour lire l'édition du lundi sur tablette ou sur ordinateur, et pourront s'abonner gratuitement à une lettre d'information qui reprend les titres du jour.

Pour les lecteurs qui n'ont pas internet, le journal propose une solution : l'édition du lundi sera imprimée à la demande et livrée avec celle du mardi.

« Nous ne voulons laisser personne au bord de la route », assure la directrice de la publication, Hélène Marchal.

## Inquiétude chez les porteurs

La décision inquiète en revanche les 230 porteurs qui livrent le journal à domicile, souvent des retraités. Pour eux, la suppression d'un jour de tournée représente une perte de revenu d'environ 15 %.

Le Syndicat national des journalistes craint que d'autres jours suivent. La direction assure qu'aucune autre suppression n'est prévue « à ce stade ».

Plusieurs quotidiens régionaux ont déjà renoncé au papier un ou deux jours par semaine, notamment dans l'est de la France.
"""),

dict(id="h3-fr-003", lang="fr", tpl="substack", site="Carnets d'oiseaux", section="Environnement", date="2024-05-30",
     byline="Lucie Ferrand",
     title="Où sont passés les martinets ?",
     standfirst="Moins de nids, moins d'insectes : la lettre de ce mois-ci",
     caption="Martinets noirs au-dessus des toits de la Croix-Rousse.", credit="Photo : Lucie Ferrand",
     notes=["Programme de suivi temporel des oiseaux communs, bilan 2001-2021.",
            "Voir notre lettre n° 12, consacrée aux insectes volants."],
     body="""
Chaque année, le 1er mai, je monte sur le toit de mon immeuble à Lyon pour guetter le retour des martinets. Cette année, j'ai attendu jusqu'au 9 mai. Et ils étaient moins nombreux.

Ce n'est pas qu'une impression. Selon le dernier bilan du programme national de suivi des oiseaux communs, les effectifs de martinets noirs ont reculé d'environ 40 % en France en vingt ans.[^1]

## Des nids qui disparaissent

Le martinet niche dans les cavités des vieux bâtiments : sous les tuiles, dans les trous des murs, derrière les gouttières. Quand on rénove une façade ou qu'on isole un toit, ces cavités sont souvent bouchées, parfois pendant que les oiseaux couvent.

La loi interdit pourtant de détruire les nids d'espèces protégées. Mais les contrôles sont rares et beaucoup de propriétaires ignorent tout simplement la présence des oiseaux.

## Moins d'insectes

L'autre cause est dans l'assiette. Le martinet se nourrit exclusivement d'insectes attrapés en vol, et leur nombre s'est effondré avec l'usage des pesticides et la disparition des haies.[^2]

## Ce que l'on peut faire

Quelques gestes simples aident pourtant :

- poser des nichoirs sous les avant-toits lors de travaux ;
- vérifier la présence de nids avant de rénover une façade ;
- laisser une partie du jardin en friche pour les insectes.

Dans mon quartier, une dizaine de copropriétés ont installé des nichoirs l'an dernier. Trois étaient occupés dès ce printemps. C'est peu, mais c'est un début.
"""),

# ------------------------------------------------------------------ Spanish
dict(id="h3-es-001", lang="es", tpl="regional", section="Local", date="2024-09-05", byline="Irene Castaño",
     title="El casco histórico de Albarracín del Río se cierra al tráfico en octubre",
     caption="Una de las calles del casco antiguo.", credit="Foto: Irene Castaño",
     body="""
El centro histórico de Albarracín del Río quedará cerrado al tráfico de vehículos privados a partir del 1 de octubre, según aprobó este jueves el pleno municipal con los votos de todos los grupos salvo uno.

La medida afecta a 42 calles del casco antiguo, donde viven unas 3.500 personas. Cámaras instaladas en los siete accesos leerán las matrículas y multarán con 200 euros a los vehículos no autorizados.

## Quién podrá entrar

Según la ordenanza, podrán seguir circulando por la zona:

- los residentes empadronados y sus invitados, con un máximo de diez accesos al mes;
- los vehículos de carga y descarga, entre las 7.00 y las 11.00;
- los taxis, las ambulancias y los servicios municipales;
- las personas con movilidad reducida que tengan tarjeta de aparcamiento.

El alcalde, Tomás Ibarra, defendió que la restricción devolverá las calles a los peatones. "El centro no puede seguir siendo un aparcamiento con monumentos", afirmó.

## Comerciantes en contra

La asociación de comerciantes del casco antiguo presentó alegaciones contra la ordenanza. Su presidenta, Lucía Moreno, teme que los clientes de los pueblos cercanos dejen de venir. "La gente de la comarca viene en coche, no hay otra forma", dijo.

El Ayuntamiento ampliará el aparcamiento disuasorio junto a la estación de autobuses con 300 plazas nuevas y pondrá en marcha un autobús lanzadera gratuito cada diez minutos.

Durante el primer mes, las cámaras solo enviarán avisos, sin sanción.
"""),

dict(id="h3-es-002", lang="es", tpl="cms", section="Economía", date="2024-07-30", byline="Andrés Villalba",
     title="Las acciones de Iberiana suben un 9% tras un semestre récord",
     caption="Un avión de Iberiana en el aeropuerto de Barajas.", credit="Imagen: Iberiana",
     body="""
Las acciones de la aerolínea Iberiana subieron este martes un 9% en la Bolsa de Madrid, después de que la compañía anunciara un beneficio récord en el primer semestre del año.

La empresa ganó 412 millones de euros entre enero y junio, un 38% más que en el mismo periodo del año anterior. Los ingresos alcanzaron los 3.100 millones, impulsados por los vuelos a Latinoamérica y el aumento del turismo internacional.

El consejero delegado, Fernando Salcedo, atribuyó los resultados a la ocupación media de los aviones, que llegó al 87%, la más alta de su historia.

"Hemos llenado los aviones sin bajar los precios", dijo.

## Combustible más barato

La caída del precio del queroseno también ayudó. La factura de combustible de la compañía bajó un 11% respecto al año pasado, a pesar de que opera un 6% más de vuelos.

Los analistas que siguen el valor consideran que la aerolínea podría repartir un dividendo extraordinario a final de año. La compañía no lo descartó, pero dijo que la prioridad sigue siendo reducir la deuda.

## Huelga en el horizonte

No todo son buenas noticias. Los sindicatos de tripulantes de cabina han convocado paros para los días 14 y 15 de agosto si no se alcanza un acuerdo salarial antes de esa fecha.

La empresa aseguró que negocia "de buena fe" y que confía en evitar las cancelaciones en plena temporada alta.

Con la subida de este martes, las acciones acumulan una revalorización del 31% en lo que va de año.
"""),

# ------------------------------------------------------------------ Russian
dict(id="h3-ru-001", lang="ru", tpl="storybody", section="Происшествия", date="2024-08-19", byline="Дарья Никитина",
     title="Пропавших на Хамар-Дабане туристов нашли живыми",
     caption="Лагерь туристов на берегу реки.", credit="Фото: ГУ МЧС по региону",
     body="""
Группа из семи туристов, которая три дня не выходила на связь в горах Хамар-Дабана, найдена живой. Об этом сообщили в региональном управлении МЧС.

Туристы из Иркутска отправились в поход 12 августа и должны были вернуться через пять дней. Из-за сильных дождей вода в реке Снежной поднялась, и группа не смогла перейти её вброд.

Спасатели обнаружили лагерь с вертолёта в субботу утром. По словам руководителя поисковой операции Андрея Козлова, все участники похода здоровы, у двоих лёгкое переохлаждение.

## «Сидели и ждали»

Руководитель группы Ольга Семёнова рассказала, что туристы решили не рисковать и остались на берегу, когда поняли, что реку не перейти. Продуктов хватало, но спутниковый телефон разрядился на второй день.

«Мы знали, что нас будут искать, поэтому сидели и ждали», — сказала она.

Сейчас спасатели находятся на связи с группой по рации и помогают ей выйти к ближайшему кордону. Эвакуация вертолётом не потребовалась.

## Сезон дождей

В МЧС напомнили, что в конце лета уровень рек в горах может подняться за несколько часов. Туристам рекомендуют регистрировать маршрут и брать с собой запасной источник питания для средств связи.

С начала сезона в регионе спасатели провели 23 поисковые операции. Все потерявшиеся туристы были найдены.
"""),

dict(id="h3-ru-002", lang="ru", tpl="broadcaster", section="Город", date="2024-12-21", byline="Ильдар Хасанов",
     title="В Казани открыли первый участок второй линии метро",
     caption="Первый поезд на станции «Азино-2».", credit="Фото: пресс-служба метрополитена",
     watch=["первый поезд на новом участке", "как выглядят новые станции"],
     body="""
В Казани в субботу открылось движение по первому участку второй линии метро. Он соединил микрорайон Азино с центром города.

Длина нового участка — 6,8 километра, на нём четыре станции. Поезда будут ходить с интервалом в семь минут в часы пик и десять минут в остальное время.

## Что изменится

Вместе с открытием метро в городе меняется схема наземного транспорта. С понедельника:

- автобусы № 18 и 62 будут ходить только до станции «Азино-2»;
- маршрут № 37 отменяется;
- трамвай № 5 будет останавливаться у нового вестибюля.

Стоимость проезда в метро не изменилась — 40 рублей при оплате картой.

## Стройка заняла девять лет

Строительство второй линии началось в 2015 году и несколько раз останавливалось из-за нехватки денег. Сроки открытия переносились четыре раза.

«Честно говоря, я уже не верил, что доеду на метро до работы», — рассказал житель Азино Рустем Галиев, приехавший на открытие с сыном.

«Лучше поздно, чем никогда».

По данным мэрии, новым участком будут пользоваться до 60 тысяч человек в день. Продлить линию до железнодорожного вокзала планируют к 2028 году.
"""),

dict(id="h3-ru-003", lang="ru", tpl="amp", section="Экономика", date="2025-02-18", byline="Павел Громов",
     title="Онлайн-кинотеатр «Экран+» повысит цену подписки на 20%",
     caption="Главная страница сервиса «Экран+».", credit="Иллюстрация: «Экран+»",
     body="""
Крупный российский онлайн-кинотеатр «Экран+» с 1 марта повышает стоимость подписки на 20%. Базовый тариф будет стоить 359 рублей в месяц вместо 299.

Компания объяснила решение ростом расходов на производство собственных сериалов и покупку прав на фильмы. В прошлом году она вложила в контент около 14 млрд рублей.

Для тех, кто уже оформил подписку, цена сохранится до конца оплаченного периода. Годовой тариф подорожает меньше — на 12%.

## Оттока подписчиков не ждут

По данным компании, у сервиса 6,2 млн платных подписчиков. В «Экран+» рассчитывают, что большинство из них останутся, так как конкуренты повышали цены ещё в прошлом году.

Аналитик Мария Лебедева считает, что рынок онлайн-кино приближается к пределу роста. «Почти все, кто готов платить за кино в интернете, уже платят. Теперь компании зарабатывают не на новых клиентах, а на повышении цен», — говорит она.

## Пробный период сократят

Одновременно сервис сокращает бесплатный пробный период для новых пользователей с 30 до 7 дней. Отменить подписку, как и прежде, можно в любой момент в личном кабинете.

Пользователи в соцсетях встретили новость без восторга. Часть из них пообещала перейти к конкурентам или делить один аккаунт на несколько семей.
"""),
]
