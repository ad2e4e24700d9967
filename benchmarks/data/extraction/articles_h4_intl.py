# Turkish, German, French, Spanish and Russian stories for the fourth held-out part (h4-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h4_en.py.
ARTICLES = [
# ------------------------------------------------------------------ Turkish
dict(id="h4-tr-001", lang="tr", tpl="fusion", site="Karadeniz Postası", section="Medya", date="2025-02-03",
     byline="Nurcan Alemdar",
     title="112 yıllık Karadeniz Postası basılı baskıyı haftada bire indiriyor",
     standfirst="Gazete, hafta içi yalnızca internet sitesinde ve mobil uygulamada yayımlanacak",
     caption="Gazetenin Trabzon'daki eski matbaası.", credit="Fotoğraf: Karadeniz Postası arşivi",
     body="""
Bölgenin en eski yerel gazetelerinden Karadeniz Postası, 1 Mart'tan itibaren yalnızca cumartesi günleri basılı olarak çıkacak. Gazete hafta içi sadece internet sitesinde ve mobil uygulamasında yayımlanacak.

Gazetenin genel yayın yönetmeni Selim Hacıosmanoğlu, kâğıt ve dağıtım maliyetlerinin son üç yılda iki katından fazla arttığını söyledi. Günlük satışın 2015'te 18 bin olduğunu, bugün ise 4 bin 200'e düştüğünü belirtti.

"Ya gazeteyi kapatacaktık ya da okurun olduğu yere gidecektik," dedi.

## Dijital abonelik dönemi

Gazete, internet sitesindeki haberlerin bir bölümünü ücretli hale getiriyor. Aylık dijital abonelik ücreti 89 lira olacak. Basılı gazetenin mevcut aboneleri ilk yıl dijital erişimi ücretsiz alacak.

Sitede her yerel haberin altında okurlardan destek isteyen kısa bir not yer alacak. Hacıosmanoğlu, bu notun bir satış sloganından çok bir rica olduğunu söyledi: "Abone olan herkes, belediye meclisini izleyen bir muhabirin maaşına ortak oluyor."

Gazetede çalışan 37 kişiden 9'u matbaa ve dağıtım bölümünde görev yapıyor. Yönetim, bu çalışanların bir kısmının dijital birimlerde görevlendirileceğini, bir kısmına ise erken emeklilik desteği sunulacağını açıkladı.

## Okurlar ne diyor?

Gazeteyi 50 yıldır her sabah aldığını söyleyen emekli öğretmen Hasan Uzunoğlu, karardan üzüntü duyduğunu anlattı.

"Telefondan haber okumayı bilmiyorum, artık öğreneceğim," dedi.

Gazetenin cumartesi baskısı 48 sayfaya çıkarılacak. Bu baskıda haftanın önemli haberleri, yerel spor sonuçları ve vefat ilanları yer alacak.
"""),

dict(id="h4-tr-002", lang="tr", tpl="portal", section="Eğitim", date="2024-08-16", byline="Gökhan Serin",
     title="Okullarda deprem tatbikatı: 1,2 milyon öğrenci aynı anda masanın altına girdi",
     caption="Bursa'daki bir ilkokulda tatbikat sırasında öğrenciler.", credit="Fotoğraf: İl Milli Eğitim Müdürlüğü",
     body="""
Marmara Bölgesi'ndeki 11 ilde yaklaşık 1,2 milyon öğrenci, saat 10.17'de aynı anda deprem tatbikatına katıldı. Okullarda çalan sirenin ardından öğrenciler "çök, kapan, tutun" hareketini yaptı, ardından bahçedeki toplanma alanlarına geçti.

Tatbikat, bölgede 25 yıl önce yaşanan büyük depremin yıl dönümü öncesinde düzenlendi. Her okulda tahliyenin ne kadar sürdüğü ölçüldü ve sonuçlar il müdürlüklerine bildirildi.

Bursa'daki Hürriyet İlkokulu'nda 640 öğrencinin binayı boşaltması 3 dakika 40 saniye sürdü. Okul müdürü Serap Eldem, geçen yılki tatbikata göre bir dakika kazandıklarını söyledi.

"Çocuklar artık ne yapacaklarını biliyor. Asıl mesele velilerin de bilmesi," dedi.

## Ailelere çağrı

Afet yönetimi yetkilileri, her evde bir deprem çantası bulunmasını ve aile içinde bir buluşma noktası belirlenmesini istedi. Çantada bulunması önerilenler şunlar:

- en az üç günlük su ve bozulmayan yiyecek;
- el feneri, yedek pil ve düdük;
- ilk yardım malzemeleri ve düzenli kullanılan ilaçlar;
- kimlik ve önemli belgelerin fotokopileri.

Yetkililer, çantanın kapıya yakın bir yerde tutulmasını ve içindekilerin yılda bir kez kontrol edilmesini tavsiye etti.

## Sırada yurtlar var

Bir sonraki tatbikatın kasım ayında, bu kez gece saatlerinde öğrenci yurtlarında yapılması planlanıyor. Yurtlarda kalan yaklaşık 90 bin öğrencinin, uyandırıldıktan sonra kaç dakikada binayı terk edebildiği ölçülecek.
"""),

dict(id="h4-tr-003", lang="tr", tpl="chunks", section="Çevre", date="2024-10-07", byline="Elif Doğanay",
     title="Akgöl'de su seviyesi 40 yılın en düşük noktasında",
     standfirst="Göl kıyısındaki balıkçılar teknelerini karaya çekti, flamingo sayısı yarıya indi",
     caption="Akgöl'ün çekilen kıyısı.", credit="Görüntü: Gölyaka Belediyesi",
     body="""
Göller Bölgesi'nin en büyük tatlı su kaynaklarından Akgöl'de su seviyesi, ölçümlerin başladığı 1984'ten bu yana en düşük noktaya indi. Gölün kıyı çizgisi bazı noktalarda 300 metre geri çekildi.

Bölge Su İşleri Müdürlüğü'nün verilerine göre göldeki su seviyesi son iki yılda 2,1 metre düştü. Uzmanlar bunun nedenleri arasında yağışların azalmasını, sıcak geçen yazları ve tarımsal sulama için açılan kaçak kuyuları sayıyor.

Gölde 30 yıldır balıkçılık yapan Recep Tandoğan, teknesini geçen ay karaya çekmek zorunda kaldı.

"Eskiden iskeleden ağ atardık. Şimdi iskele çamurun ortasında kaldı," dedi.

## Kaçak kuyulara denetim

Valilik, göl havzasında izinsiz açılan kuyular için denetim başlattı. Son üç ayda 146 kaçak kuyu tespit edildi ve mühürlendi.

Vali Yardımcısı Emine Karataş, çiftçilerle sürekli görüşme halinde olduklarını söyledi. "Kimsenin ekmeğiyle oynamak istemiyoruz, ama göl giderse bu ovada tarım da biter," dedi.

Karataş, damla sulamaya geçen üreticilere ekipman desteği verileceğini de açıkladı.

## Kuşlar da etkilendi

Göl, her yıl binlerce flamingo ve yaban ördeğinin konakladığı bir sulak alan. Kuş gözlemcileri, bu kış sayılan flamingo sayısının geçen yılın yarısına düştüğünü bildirdi.

Doğa Koruma Derneği'nden Ozan Erdem, durumu tek bir cümleyle özetledi:

"Göl nefes alamıyor."

Dernek, havzadaki yeni sondaj izinlerinin en az beş yıl süreyle durdurulmasını istiyor.
"""),

# ------------------------------------------------------------------ German
dict(id="h4-de-001", lang="de", tpl="gutenberg", section="Lokales", date="2024-11-04", byline="Jana Hollweg",
     title="Leihladen in der Altstadt feiert die 5000. Ausleihe",
     caption="Ehrenamtliche im Leihladen an der Brunnengasse.", credit="Foto: Leihladen Brunnengasse e.V.",
     body="""
Bohrmaschine, Raclette-Gerät, Zelt: Im Leihladen an der Brunnengasse ist am Samstag der 5000. Gegenstand ausgeliehen worden. Eine junge Familie nahm einen Fahrradanhänger für eine Woche mit.

Der Laden funktioniert wie eine Bibliothek, nur mit Dingen statt Büchern. Wer Mitglied ist, zahlt 15 Euro im Jahr und kann aus mehr als 700 Gegenständen bis zu drei gleichzeitig ausleihen. Die meisten Sachen haben Bürgerinnen und Bürger gespendet.

Teilen statt kaufen, so lautet das Motto des Vereins, der den Laden vor vier Jahren gegründet hat. „Eine Bohrmaschine läuft in ihrem ganzen Leben im Schnitt nur ein paar Minuten“, sagt die Vorsitzende Katrin Wollenberg. „Dafür muss nicht jeder Haushalt eine besitzen.“

## Ohne Ehrenamt geht nichts

Geöffnet ist der Laden dreimal pro Woche, betreut wird er von 26 Ehrenamtlichen. Sie prüfen jedes Gerät nach der Rückgabe, reparieren kleinere Schäden und putzen, was schmutzig zurückkommt.

Am beliebtesten sind Werkzeuge, Campingausrüstung und Küchengeräte für große Feiern. Ein Waffeleisen wurde im vergangenen Jahr 61-mal verliehen.

Sorgen bereitet dem Verein die Miete. Der Vertrag für die Räume läuft Ende 2025 aus, und der Eigentümer hat eine deutliche Erhöhung angekündigt.

„Wir machen weiter, solange es irgendwie geht“, sagte Wollenberg.

Die Stadt prüft nach Angaben eines Sprechers, ob der Leihladen in ein leerstehendes Ladenlokal im Erdgeschoss des Rathauses umziehen könnte. Eine Entscheidung soll im Frühjahr fallen.
"""),

dict(id="h4-de-002", lang="de", tpl="legacy-br", section="Region", date="2025-03-12", byline="Dieter Albrecht",
     title="Gemeinderat beschließt Tempo 30 auf fünf Durchgangsstraßen",
     caption="Die Hauptstraße in Oberweiler.", credit="Foto: Gemeinde Oberweiler",
     body="""
Auf fünf der wichtigsten Straßen in Oberweiler gilt vom 1. Juli an Tempo 30. Der Gemeinderat hat die Regelung am Dienstagabend nach einer mehr als dreistündigen Debatte mit 14 zu 9 Stimmen beschlossen.

Bisher durften Autos dort 50 Kilometer pro Stunde fahren. Betroffen sind diese Straßen:

- die Hauptstraße zwischen Kirchplatz und Bahnhof
- die Schulstraße auf ganzer Länge
- die Mühlenbrücke
- die Lindenallee
- die Zufahrt zum Gewerbegebiet Am Sand

Bürgermeister Jürgen Haas (Freie Wähler) begründete die Entscheidung mit dem Lärmschutz und der Sicherheit von Schulkindern. Auf der Schulstraße seien in den vergangenen drei Jahren elf Unfälle mit Fußgängern registriert worden, zwei davon mit schwer verletzten Kindern.

„Jeder dieser Unfälle war einer zu viel“, sagte Haas.

## Kritik vom Gewerbeverein

Der Gewerbeverein hält die Entscheidung für falsch. Lieferverkehr und Pendler würden in die Wohngebiete ausweichen, sagte dessen Vorsitzender Martin Kessler. Außerdem dauere die Fahrt durch den Ort künftig deutlich länger.

Eine Messung der Gemeinde kommt zu einem anderen Ergebnis: Wer den Ort auf der Hauptstraße durchquert, braucht mit Tempo 30 im Schnitt 40 Sekunden mehr.

Die Polizei kündigte an, die neue Regel in den ersten Wochen vor allem mit Hinweisen statt mit Bußgeldern durchzusetzen. Die Gemeinde will nach einem Jahr prüfen, ob die Zahl der Unfälle gesunken ist.
"""),

dict(id="h4-de-003", lang="de", tpl="fusion", section="Medien", date="2025-01-22", byline="Sabine Keller",
     title="Zeitung kommt nicht mehr: Verlag stellt Zustellung in 34 Dörfern ein",
     standfirst="Abonnenten sollen aufs E-Paper umsteigen oder die Zeitung per Post bekommen",
     caption="Ein Zusteller auf seiner Tour im Hunsrück.", credit="Foto: Markus Pfeil",
     body="""
Die Hunsrücker Allgemeine wird ab April in 34 Dörfern nicht mehr morgens zugestellt. Rund 2300 Abonnentinnen und Abonnenten erhalten die gedruckte Zeitung dann nur noch mit der Post, also meist erst am Mittag, oder müssen auf die digitale Ausgabe umsteigen.

Der Verlag begründet den Schritt mit fehlenden Zustellern und gestiegenen Kosten. Die Zustellung eines einzelnen Exemplars koste in abgelegenen Orten inzwischen teilweise mehr als zwei Euro, sagte Geschäftsführer Thomas Brenner.

„Wir finden für viele Touren schlicht niemanden mehr“, sagte Brenner. „Manche Bezirke sind seit Monaten nur mit Aushilfen besetzt.“

## E-Paper zum gleichen Preis

Wer auf das E-Paper wechselt, zahlt nach Angaben des Verlags für das Abo nicht mehr als bisher, nämlich 42,90 Euro im Monat. Dazu gibt es ein Tablet, das in den ersten zwei Jahren kostenlos geliehen werden kann. Der Verlag bietet außerdem Schulungen in den Gemeindehäusern an.

Viele Leserinnen und Leser sind verärgert. In Leserbriefen ist von einem „Abo zweiter Klasse“ die Rede. Die 79-jährige Gertrud Lamprecht aus Kastellaun sagte, sie lese die Zeitung seit 60 Jahren beim Frühstück.

„Die Zeitung am Mittag, das ist keine Zeitung mehr.“

## Kein Einzelfall

Auch andere Regionalverlage haben die Zustellung in ländlichen Gebieten bereits eingeschränkt. Verlegerverbände fordern seit Jahren eine staatliche Förderung der Zustellung, wie es sie in mehreren anderen europäischen Ländern gibt.

Der Kreistag will sich in seiner nächsten Sitzung mit dem Thema befassen.
"""),

# ------------------------------------------------------------------ French
dict(id="h4-fr-001", lang="fr", tpl="chunks", section="Numérique", date="2025-03-27", byline="Camille Durocher",
     title="Cookies : un site de petites annonces condamné à 600 000 euros d'amende",
     standfirst="Le bouton « Tout refuser » n'apparaissait qu'au bas d'un deuxième écran",
     caption="La page d'accueil du site Trocalia.", credit="Capture d'écran",
     body="""
L'autorité chargée de la protection des données personnelles a infligé une amende de 600 000 euros au site de petites annonces Trocalia, qui rendait le refus des cookies bien plus difficile que leur acceptation.

Sur la première fenêtre affichée aux visiteurs, un grand bouton vert « Accepter et continuer » occupait le centre de l'écran. Pour refuser, il fallait cliquer sur un lien gris intitulé « Paramétrer », puis faire défiler une liste de 43 partenaires publicitaires avant de trouver le bouton « Tout refuser ».

Selon la décision publiée jeudi, 96 % des visiteurs acceptaient les cookies, contre environ 60 % sur les sites où les deux choix sont présentés de la même façon.

## « Un consentement qui n'en est pas un »

Pour l'autorité, un consentement obtenu de cette manière n'est ni libre ni éclairé. « Refuser doit être aussi simple qu'accepter. Un clic dans un cas, un clic dans l'autre », a rappelé sa présidente, Hélène Marchetti.

Trocalia, qui revendique 9 millions de visiteurs par mois, dispose de trois mois pour modifier sa bannière, sous peine d'une astreinte de 5 000 euros par jour de retard.

Dans un communiqué, l'entreprise dit « prendre acte » de la décision et affirme avoir déjà changé son interface. Elle envisage toutefois un recours, estimant que le montant de l'amende est « disproportionné » pour une entreprise de 80 salariés.

## Des contrôles en série

L'autorité indique avoir contrôlé 120 sites depuis le début de l'année. Une vingtaine ont reçu une mise en demeure. Parmi les pratiques les plus souvent relevées :

- un bouton de refus absent du premier écran ;
- des cases précochées ;
- des cookies déposés avant tout choix de l'internaute.
"""),

dict(id="h4-fr-002", lang="fr", tpl="ghost", section="Vie locale", date="2024-05-18", byline="Élise Moreau",
     title="À Saint-Aubin-des-Landes, la bibliothèque prête aussi des graines",
     caption="La grainothèque installée à l'entrée de la bibliothèque.", credit="Photo : Élise Moreau",
     body="""
Entre les romans policiers et les bandes dessinées, un meuble en bois aux petits tiroirs attire l'œil des visiteurs de la bibliothèque de Saint-Aubin-des-Landes. Depuis un an, on peut y emprunter des graines de tomates, de haricots ou de capucines, gratuitement et sans inscription.

Le principe est simple : on prend un sachet au printemps, on sème, et à la fin de l'été on rapporte quelques graines issues de sa récolte. Plus de 300 sachets ont été pris depuis l'ouverture de la grainothèque, et environ la moitié sont revenus.

Partager des graines, c'est aussi partager des histoires, explique la bibliothécaire, Sandrine Pellerin. « Les gens viennent avec le haricot de leur grand-mère et nous racontent d'où il vient. On note tout sur l'enveloppe. »

## Des variétés anciennes

La grainothèque compte aujourd'hui 74 variétés, dont une quinzaine de variétés locales que l'on ne trouve plus dans le commerce. Un jardinier retraité a apporté des graines d'une laitue cultivée dans sa famille depuis les années 1930.

Des ateliers sont organisés le premier samedi de chaque mois pour apprendre à récolter et à conserver les semences. Le dernier a réuni 25 personnes, dont plusieurs enfants.

« Je n'avais jamais rien fait pousser de ma vie », sourit Lucas, 11 ans, venu avec son père.

« Maintenant, j'ai des courgettes. »

La commune envisage d'installer une deuxième grainothèque à la mairie annexe du hameau de La Croix.
"""),

dict(id="h4-fr-003", lang="fr", tpl="cms", section="Société", date="2024-09-02", byline="Antoine Vergnes",
     title="Sa photo de l'orage sur le Mont-Aigu reprise sans autorisation par des dizaines de médias",
     caption="Julien Arnaud chez lui, à Valcroze.", credit="Photo : Claire Bessac",
     body="""
Julien Arnaud ne s'attendait pas à voir sa photo partout. Le 14 août, ce technicien de maintenance de 38 ans a photographié depuis son balcon un éclair frappant la croix du Mont-Aigu, au-dessus de Valcroze. Publiée le soir même sur son compte Instagram, l'image a été vue plus de deux millions de fois.

Dans les jours qui ont suivi, il l'a retrouvée dans une quarantaine d'articles en ligne, en France et à l'étranger. Dans la plupart des cas, sans autorisation et sans son nom.

« Certains ont mis "Photo : réseaux sociaux" en dessous, comme si elle était tombée du ciel », raconte-t-il.

## « Tous droits réservés »

Sur son compte, la photo était pourtant accompagnée de la mention « © Julien Arnaud – tous droits réservés ». Conseillé par une avocate spécialisée, le photographe amateur a envoyé des demandes de rémunération aux médias concernés.

Une vingtaine ont accepté de payer, pour des montants allant de 150 à 800 euros. D'autres ont retiré l'image. Trois n'ont pas répondu, et il envisage de les poursuivre.

« Beaucoup de gens pensent qu'une photo publiée sur un réseau social est libre de droits. C'est faux », rappelle son avocate, Me Nadia Cherki. « L'auteur reste propriétaire de son image, qu'il soit professionnel ou non. »

## Un phénomène courant

Les organisations de photographes professionnels dénoncent depuis longtemps la reprise d'images d'amateurs, qui permet à certaines rédactions de ne pas payer de photographe.

Julien Arnaud, lui, a déjà dépensé une partie de l'argent. Il s'est acheté un nouvel objectif.
"""),

# ------------------------------------------------------------------ Spanish
dict(id="h4-es-001", lang="es", tpl="fusion", section="Economía", date="2024-06-20", byline="Álvaro Requena",
     title="Mil trabajadores del polígono de Valdecañas ya comparten coche para ir a la fábrica",
     standfirst="Una aplicación municipal pone en contacto a empleados que viven cerca y tienen turnos parecidos",
     caption="Aparcamiento del polígono industrial de Valdecañas.", credit="Foto: Ayuntamiento de Valdecañas",
     body="""
Más de mil trabajadores del polígono industrial de Valdecañas utilizan ya una aplicación municipal para compartir coche en el trayecto diario al trabajo, seis meses después de su puesta en marcha.

El polígono, situado a 12 kilómetros del casco urbano, da empleo a unas 6.500 personas en 140 empresas. Solo una línea de autobús llega hasta allí, con cuatro servicios al día, por lo que la gran mayoría de los empleados va en su propio vehículo.

Compartir el viaje les ahorra de media 95 euros al mes en combustible, según los cálculos del Ayuntamiento. La aplicación pone en contacto a trabajadores que viven en el mismo barrio y tienen turnos parecidos, y reparte los gastos entre los ocupantes del coche.

## Menos atascos a las seis

El efecto se nota en la rotonda de acceso, donde cada mañana se formaban colas de hasta 20 minutos antes del cambio de turno de las seis. El tráfico en la entrada del polígono ha bajado un 11 %, según los aforos municipales.

"Antes tardaba media hora en entrar. Ahora vamos cuatro en el coche y llegamos charlando", cuenta Rocío Benavente, operaria de una empresa de envases.

La concejala de Movilidad, Inés Calatrava, reconoce que la aplicación no lo resuelve todo. "Hacen falta más autobuses y un carril bici hasta el polígono, y en eso estamos", dijo.

## Aparcamiento reservado

Las empresas también participan. Seis de ellas reservan las mejores plazas de aparcamiento a los coches con tres o más ocupantes, y dos ofrecen un día libre al año a quienes comparten coche durante todo el curso.

El Ayuntamiento prevé ampliar el servicio al polígono de La Serna en otoño.
"""),

dict(id="h4-es-002", lang="es", tpl="wordpress", section="Ciencia", date="2025-02-17", byline="Lucía Arregui", low=1,
     title="Hallan en una cantera de Teruel las huellas de un gran dinosaurio carnívoro",
     caption="Huellas en la cantera de Peñarroya Alta.", credit="Foto: Fundación Paleontológica del Maestrazgo",
     body="""
Un equipo de paleontólogos ha identificado en una cantera abandonada de Peñarroya Alta (Teruel) un rastro de 23 huellas dejadas hace unos 145 millones de años por un dinosaurio carnívoro que caminaba sobre dos patas.

Las huellas, de unos 38 centímetros de largo y con tres dedos bien marcados, forman una línea casi recta de 30 metros sobre una losa de caliza inclinada. Las descubrió un vecino que paseaba a su perro el pasado otoño.

"Vio unas marcas que parecían pisadas de gallina gigante y nos mandó una foto por el móvil", explica la directora de la excavación, Marina Montero.

## Un animal de ocho metros

Por el tamaño de las huellas y la distancia entre ellas, los investigadores calculan que el animal medía unos ocho metros de longitud y se desplazaba a unos siete kilómetros por hora, el ritmo de una persona que camina deprisa.

El estudio, publicado en una revista científica especializada, sugiere que se trata de un terópodo de gran tamaño, el grupo al que pertenecen algunos de los mayores depredadores del Jurásico.

La losa ocupa unos 400 metros cuadrados y podría contener más rastros, según el equipo, que volverá a la cantera en primavera.

## Protección del yacimiento

El Gobierno autonómico ha iniciado los trámites para declarar la zona bien de interés cultural. Mientras tanto, la cantera se ha vallado para evitar daños.

El alcalde de Peñarroya Alta, un pueblo de 212 habitantes, espera que el hallazgo atraiga visitantes. "Aquí se venía a mirar el paisaje. Ahora hay algo más que mirar", dijo.
"""),

dict(id="h4-es-003", lang="es", tpl="gutenberg", site="El Eco de Castrohierro", section="Comarca", date="2025-04-11",
     byline="Redacción El Eco",
     title="El Eco de Castrohierro cumple 90 años y apuesta por la suscripción digital",
     caption="La redacción de El Eco, en la calle Mayor.", credit="Foto: El Eco",
     body="""
El Eco de Castrohierro, el semanario más antiguo de la comarca, cumple 90 años con una redacción de cuatro personas, 2.100 ejemplares en papel y un objetivo nuevo: conseguir 1.500 suscriptores digitales antes de que acabe el año.

El periódico, fundado en 1935 por un maestro y un impresor, ha salido cada viernes desde entonces, salvo durante tres años de la posguerra. Hoy lo dirige Marta Villalobos, nieta de uno de sus fundadores.

"Mi abuelo vendía el periódico a diez céntimos y lo pagaban los anuncios de las tiendas de la plaza. Esas tiendas ya no existen", explica.

## Un euro a la semana

Desde este mes, las noticias locales de la web solo pueden leerse completas con una suscripción, que cuesta cuatro euros al mes. Los suscriptores del papel tienen el acceso digital incluido.

Suscribirse, insiste Villalobos, no es comprar un producto sino "pagar para que alguien vaya a los plenos". El semanario es el único medio que cubre las sesiones del Ayuntamiento y de las mancomunidades de la zona.

Por ahora se han apuntado 640 lectores, muchos de ellos vecinos que viven fuera de la comarca. Una familia de Buenos Aires, descendiente de emigrantes del pueblo, pagó diez años de suscripción por adelantado.

## Aniversario con exposición

Para celebrar el aniversario, la biblioteca municipal expone hasta el 30 de junio una selección de 90 portadas, una por año. La más antigua anuncia la llegada del teléfono al pueblo.

"La gente se busca en las fotos de las fiestas", dice Villalobos. "Eso no lo hace ninguna red social."
"""),

# ------------------------------------------------------------------ Russian
dict(id="h4-ru-001", lang="ru", tpl="chunks", section="Город", date="2024-04-15", byline="Мария Кострова",
     title="Петицию против вырубки Заречной рощи подписали 14 тысяч человек",
     standfirst="Застройщик собирается построить на месте рощи жилой квартал на 1200 квартир",
     caption="Заречная роща осенью.", credit="Фото: инициативная группа «Сохраним рощу»",
     body="""
Петицию против вырубки Заречной рощи за две недели подписали более 14 тысяч человек. Жители требуют отменить решение о передаче участка под строительство жилого квартала на 1200 квартир.

Роща площадью около 11 гектаров находится на правом берегу реки, между микрорайоном Заречный и железной дорогой. В ней растут сосны, возраст которых, по оценке местных экологов, превышает сто лет.

В марте городская комиссия по землепользованию изменила назначение участка с «рекреационной зоны» на «зону жилой застройки». Жители узнали об этом, только когда на деревьях появились метки.

«Мы здесь гуляем с детьми, бегаем по утрам, зимой катаемся на лыжах. Другого леса поблизости нет», — рассказала одна из организаторов сбора подписей Анна Лаврентьева.

## Что говорят власти

В администрации города заявили, что решение принято в соответствии с генеральным планом и что застройщик обязан высадить новые деревья взамен вырубленных.

Главный архитектор города Олег Сафронов пообещал, что проект обсудят на публичных слушаниях. «Ни одно дерево не будет срублено до слушаний», — сказал он.

Подписаться под обращением можно до конца месяца на сайте инициативной группы или в пунктах сбора подписей в библиотеке и в поликлинике микрорайона. Организаторы намерены передать петицию губернатору.

## Не первый случай

Два года назад похожая кампания помогла сохранить сквер у Дома культуры железнодорожников: после сбора 9 тысяч подписей участок вернули в список озеленённых территорий.

«Тогда нам тоже говорили, что всё решено», — напомнила Лаврентьева.
"""),

dict(id="h4-ru-002", lang="ru", tpl="nextjs", section="Происшествия", date="2024-08-31", byline="Денис Ушаков",
     title="Лёгкий самолёт совершил вынужденную посадку на картофельном поле",
     caption="Самолёт на поле у деревни Малые Ключи.", credit="Фото: Игорь Снегирёв",
     body="""
Лёгкий двухместный самолёт совершил вынужденную посадку на картофельном поле у деревни Малые Ключи в субботу днём. Пилот и пассажир не пострадали.

По данным транспортной прокуратуры, самолёт вылетел с аэродрома Сосновка около 13:00 и выполнял учебный полёт. Примерно через 40 минут у него отказал двигатель.

Диспетчеры аэродрома всё это время оставались на связи с экипажем и помогли пилоту выбрать площадку для посадки. Самолёт сел на неубранное поле, пробежал около 150 метров и остановился, не перевернувшись.

«Он сделал всё правильно. Посадить машину без двигателя на мягкий грунт — это очень непросто», — сказал начальник аэродрома Виктор Оленин.

## «Испугаться не успел»

Пилоту 52 года, у него больше 2000 часов налёта. Пассажиром был 19-летний курсант местного аэроклуба.

«Испугаться не успел. Испугался уже потом, на земле», — признался курсант в разговоре с нашим корреспондентом.

Владелец поля Николай Жуков сказал, что ущерб от посадки небольшой — «пара рядов картошки».

«Главное, что живы. Картошку я ещё посажу».

## Проверка

Транспортная прокуратура начала проверку соблюдения правил безопасности полётов. Специалисты осмотрят двигатель, чтобы установить причину отказа.

Самолёт планируют разобрать и вывезти с поля на грузовике в ближайшие дни.
"""),

dict(id="h4-ru-003", lang="ru", tpl="amp", section="Культура", date="2024-09-19", byline="Ксения Рогова",
     title="Драмтеатр Заозёрска откроет сезон после пятилетней реконструкции",
     caption="Зрительный зал после реконструкции.", credit="Фото: Марина Белкина",
     body="""
Заозёрский драматический театр откроет новый сезон 27 сентября в обновлённом здании. Реконструкция, начатая в 2020 году, должна была занять два года, но затянулась из-за смены подрядчика и находки в подвале старинного фундамента.

На работы потратили 2,4 миллиарда рублей. В здании восстановили лепнину и исторический плафон в зрительном зале, заменили кресла и установили новое оборудование сцены. Вместимость зала сократилась с 820 до 690 мест: между рядами стало больше места.

«Пять лет мы играли в Доме культуры, где со сцены было слышно, как в соседнем зале идёт зумба», — рассказал художественный руководитель театра Аркадий Вельский.

## Что покажут

В первые две недели сезона зрители увидят:

- «Вишнёвый сад» в постановке Вельского;
- премьеру спектакля «Зима в Заозёрске» по пьесе местного драматурга Ольги Рябининой;
- детскую сказку «Серебряное копытце».

Билеты на открытие сезона раскупили за три часа. Театр пообещал добавить ещё два показа «Вишнёвого сада» в октябре.

## Экскурсии по зданию

По выходным театр будет проводить бесплатные экскурсии: гостям покажут закулисье, новый подъёмный механизм сцены и найденный при реконструкции фундамент XVIII века, который теперь можно увидеть через стеклянный пол в фойе.

Записаться на экскурсию можно на сайте театра.
"""),
]
