# Turkish, German, French, Spanish and Russian stories for the seventh held-out part (h7-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h7_en.py.
ARTICLES = [
dict(id="h7-tr-001", lang="tr", tpl="k2", section="Yaşam", date="2025-02-25", byline="Elif Sarıkaya",
     title="Kapalı yüzme havuzunda aylık abonman 750 liraya çıktı",
     sub="Belediye, öğrenciler ve 65 yaş üstü için indirimli tarifeyi koruyor.",
     caption="Kuşadası Kapalı Yüzme Havuzu'nda sabah seansı.", credit="Fotoğraf: Burak Tezel",
     body="""
Kuşadası Belediyesi'ne ait kapalı yüzme havuzunda aylık abonman ücreti 1 Mart'tan itibaren 500 liradan 750 liraya çıkıyor.

Belediye, zammın gerekçesi olarak doğal gaz ve su faturalarındaki artışı gösterdi. Havuzun yıllık işletme gideri geçen yıl 9,4 milyon liraya ulaştı.

Öğrenciler ve 65 yaş üstü vatandaşlar için indirimli abonman ise 250 lirada kalacak.

## Üyeler ikiye bölündü

Havuzu on iki yıldır kullanan emekli öğretmen Nurten Aksoy, artışın fazla olduğunu söyledi.

"Sabah yedide gelen herkes birbirini tanır. Bu fiyatla bazı yüzleri artık göremeyeceğiz," dedi.

Spor İşleri Müdürü Cem Özbilgin ise fiyatın hâlâ özel salonların yarısından az olduğunu belirtti.

Abone olmak isteyenler için yeni dönemde üç seçenek bulunuyor:

- aylık tam abonman, 750 lira;
- üç aylık abonman, 2.000 lira;
- indirimli aylık abonman, 250 lira.

Havuz, yeni dönemde sabah seanslarını yarım saat erkene alacak ve pazar günleri de açık olacak.

Belediye, havuzun çatısına kurulacak güneş panelleriyle giderleri gelecek yıl düşürmeyi umuyor.

"Panel gelirse fiyat da düşer," dedi Özbilgin.
"""),

dict(id="h7-tr-002", lang="tr", tpl="portal", section="Kültür", date="2025-05-14", byline="Oğuz Dalkılıç",
     title="Köy kahvesi kütüphaneye dönüştü",
     caption="Yenice köyündeki eski kahvehane.", credit="Fotoğraf: Oğuz Dalkılıç",
     body="""
Bergama'ya bağlı Yenice köyünde yirmi yıldır kapalı duran kahvehane, köylülerin bağışladığı kitaplarla kütüphaneye dönüştürüldü.

Binayı onarmak için köyden göç etmiş aileler bir araya geldi ve 180 bin lira topladı. Raflara şimdiden 3.200 kitap dizildi.

Kütüphaneyi köyün emekli imamı Hüsnü Karaca yönetiyor. Kapılar hafta içi her akşam ve hafta sonu öğleden sonra açık.

## Çocuklar ilk ziyaretçiler

Açılışın ilk haftasında en çok gelenler köydeki ilkokulun öğrencileri oldu.

"Eskiden burada çay içilip tavla oynanırdı. Şimdi çocuklar masa başında ödev yapıyor," dedi Karaca.

Okumak isteyen herkese kitaplar iki haftalığına ücretsiz veriliyor. Kitabı geri getirmeyen olursa ne olacağı sorulduğunda Karaca güldü.

"Bu köyde herkes herkesi tanır. Kitap kaybolmaz."

Köyün muhtarı Sabri Ertunç, kütüphanenin bir köşesinde eski köy fotoğraflarından oluşan küçük bir sergi de açmayı planladıklarını söyledi.

Kütüphanenin duvarları da köylülerin emeğiyle boyandı. Marangoz Rıza Usta rafları kendi atölyesinde, hiç ücret almadan yaptı.

Köyün gençleri de hafta sonları sırayla kütüphanede nöbet tutmaya gönüllü oldu.

Bağış yapmak isteyenler muhtarlıkla iletişim kurabiliyor.
"""),

dict(id="h7-tr-003", lang="tr", tpl="ghost", section="Tarım", date="2025-09-09", byline="Selin Kocabaş", site="Tarla Notları",
     title="Zeytin hasadında gençlere gündelik 1.500 lira",
     caption="Ayvalık'ta bir zeytinlikte hasat.", credit="Fotoğraf: Tarla Notları",
     body="""
Ayvalık'taki zeytin üreticileri, bu yıl hasatta çalışacak işçi bulmakta zorlanınca gündeliği 1.500 liraya çıkardı.

Geçen yıl gündelik 900 lira civarındaydı. Üreticiler birliği, bölgede en az 2.000 işçiye ihtiyaç olduğunu ama şu ana kadar ancak yarısının bulunabildiğini açıkladı.

Birlik başkanı Hakan Tunçel, "Zeytin ağaçta beklemez. Ekim sonuna kadar toplanmazsa kalite düşer," dedi.

## Üniversitelilere çağrı

Birlik, yakındaki iki üniversitenin öğrencilerine hafta sonu çalışma imkânı sunuyor. Öğrencilere öğle yemeği ve servis de sağlanacak.

Takip eden haftalarda çağrıya 340 öğrenci başvurdu.

Hasatta çalışmak isteyenlerin şunlara dikkat etmesi isteniyor:

- kalın tabanlı ayakkabı giymek;
- güneş şapkası ve su getirmek;
- ağaç merdivenlerine ikinci bir kişi tutmadan çıkmamak.

Üç kuşaktır zeytincilik yapan Fatma Erdoğdu, işçi sıkıntısının her yıl büyüdüğünü söyledi.

"Eskiden bütün köy hasada çıkardı. Şimdi köyde hasada çıkacak kimse kalmadı."

Birlik, çalışanlar için ilçe merkezinden her sabah altıda kalkacak iki otobüs kiraladı. Akşam dönüşler de aynı otobüslerle yapılacak.

Öğrencilerin çoğu, kazandıkları parayı kış için kitap ve kırtasiye alımında kullanacaklarını söylüyor.

Hasat 1 Ekim'de başlayacak.
"""),

dict(id="h7-de-001", lang="de", tpl="sanity", section="Verbraucher", date="2025-04-29", byline="Jana Kielhorn",
     title="Tierarztpraxen brauchen Einwilligung für Erinnerungs-SMS",
     sub="Die Landesdatenschutzbeauftragte reagiert auf Beschwerden von Tierhaltern.",
     caption="Wartezimmer einer Tierarztpraxis in Weserhagen.", credit="Foto: Malte Ochsner",
     body="""
Tierarztpraxen in Niedersachsen dürfen ihre Kundinnen und Kunden nur noch dann per SMS an Impftermine erinnern, wenn diese vorher ausdrücklich eingewilligt haben.

Das hat die Landesbeauftragte für den Datenschutz am Dienstag klargestellt. Anlass waren 37 Beschwerden aus dem vergangenen Jahr.

Viele Praxen hatten die Handynummer bei der ersten Behandlung aufgenommen und danach automatisch Nachrichten verschickt, zum Teil auch Werbung für Futter.

## Ein Kreuz reicht nicht

„Eine Einwilligung muss freiwillig sein und sich auf einen klaren Zweck beziehen“, sagte die Sprecherin der Behörde, Wiebke Sommerfeld. „Ein vorangekreuztes Kästchen auf dem Aufnahmebogen erfüllt das nicht.“

Praxen müssen künftig:

- getrennt nach Terminerinnerungen und Werbung fragen;
- die Einwilligung dokumentieren;
- in jeder Nachricht eine einfache Abmeldung anbieten.

Die Tierärztekammer begrüßte die Klarstellung. Ihr Geschäftsführer Hendrik Lass sagte, die meisten Praxen fragten ohnehin schon nach.

Eine Hundehalterin aus Weserhagen, die sich beschwert hatte, sagte, sie habe nichts gegen die Erinnerungen.

„Nur die Werbung für Katzenfutter hat mich gewundert. Wir haben keine Katze.“

Bußgelder hat die Behörde bisher nicht verhängt.
"""),

dict(id="h7-de-002", lang="de", tpl="legacy-br", section="Lokales", date="2025-01-16", byline="Rüdiger Holtkamp",
     title="Letzte Dorfkneipe in Brenkhausen findet neue Wirte",
     caption="Die Gaststätte „Zur Linde“ in Brenkhausen.", credit="Foto: Rüdiger Holtkamp",
     body="""
Die Gaststätte „Zur Linde“ in Brenkhausen, die letzte Kneipe im Ort, wird weitergeführt. Eine Genossenschaft aus 212 Dorfbewohnern hat das Haus gekauft und zwei neue Wirte gefunden.

Die bisherige Wirtin Gisela Brandhorst hatte im Sommer angekündigt, nach 31 Jahren aufzuhören. Einen Nachfolger fand sie nicht.

„Wenn die Linde zumacht, gibt es im Dorf keinen Ort mehr, an dem man sich einfach trifft“, sagte der Ortsvorsteher Klaus Wendt.

Die Genossenschaft sammelte innerhalb von vier Monaten 286.000 Euro. Die meisten Mitglieder zeichneten einen oder zwei Anteile zu je 500 Euro.

Neue Wirte sind Aylin und Marco Feldkamp aus Höxter, die bisher ein Café in der Kreisstadt betrieben haben.

„Wir wollen nichts umkrempeln“, sagte Marco Feldkamp. „Schnitzel bleibt Schnitzel.“

Geöffnet ist künftig an vier Abenden in der Woche sowie sonntags zum Frühschoppen. Der Skatclub und der Schützenverein haben ihre Stammtische bereits reserviert.

Gisela Brandhorst will der Linde treu bleiben, allerdings auf der anderen Seite der Theke.

Die Wiedereröffnung ist für den 1. März geplant.
"""),

dict(id="h7-de-003", lang="de", tpl="wordpress", section="Umwelt", date="2025-06-24", byline="Sophie Ahlers",
     title="Stadt pflanzt 600 Bäume gegen Hitze in der Innenstadt",
     caption="Neu gepflanzte Linden am Marktplatz.", credit="Foto: Stadt Weserhagen",
     body="""
Weserhagen will bis 2027 in der Innenstadt 600 neue Bäume pflanzen. Der Stadtrat hat das Programm am Montagabend mit großer Mehrheit beschlossen.

Hintergrund sind Messungen aus dem vergangenen Sommer: An heißen Tagen war es auf dem Marktplatz bis zu sieben Grad wärmer als im Stadtpark.

Das Programm kostet rund 2,4 Millionen Euro, die Hälfte zahlt das Land.

## Wo die Bäume stehen sollen

Gepflanzt wird vor allem dort, wo es bisher kaum Schatten gibt:

- auf dem Marktplatz und in der Langen Straße;
- an den Bushaltestellen am Bahnhof;
- auf den Schulhöfen der drei Grundschulen.

Gewählt wurden Arten, die Trockenheit gut vertragen, etwa Silberlinde und Zerr-Eiche.

„Ein Baum ist die billigste Klimaanlage, die es gibt“, sagte Baudezernentin Frauke Meinders.

Kritik kam von einigen Geschäftsleuten, die während der Bauarbeiten weniger Kundschaft befürchten. Die Stadt will deshalb abschnittsweise pflanzen, jeweils im Winter.

Folgen sollen in einem zweiten Schritt Fassadenbegrünungen an städtischen Gebäuden.

Bürgerinnen und Bürger können außerdem Baumpatenschaften übernehmen und beim Gießen helfen.
"""),

dict(id="h7-fr-001", lang="fr", tpl="k2", section="Société", date="2025-03-06", byline="Camille Roussel",
     title="Le vélo en libre-service passe à 30 euros par an",
     sub="L'abonnement annuel augmente de cinq euros, une première depuis 2019.",
     caption="Une station de vélos en libre-service place du Marché.", credit="Photo : Nicolas Viguier",
     body="""
L'abonnement annuel au vélo en libre-service de Montvert passera de 25 à 30 euros au 1er avril, a annoncé jeudi la communauté d'agglomération.

C'est la première hausse depuis le lancement du service, en 2019. L'agglomération invoque le coût de la maintenance, qui a presque doublé avec l'arrivée de 120 vélos électriques.

Le service compte aujourd'hui 4 800 abonnés, dont un tiers d'étudiants.

## Un tarif réduit maintenu

Les étudiants et les demandeurs d'emploi continueront de payer 10 euros par an. La première demi-heure de chaque trajet reste gratuite.

« On reste très en dessous du prix d'un ticket de bus par jour », souligne le vice-président chargé des mobilités, Julien Barrère.

S'abonner reste possible en ligne ou dans les deux agences de l'agglomération. Les abonnés actuels garderont l'ancien tarif jusqu'à la date de renouvellement de leur contrat.

L'association d'usagers Montvert à Vélo regrette une hausse « mal expliquée » mais reconnaît que le service s'est amélioré.

Elle réclame en priorité :

- des stations dans les quartiers nord ;
- des vélos cargo pour les familles ;
- une application qui fonctionne le dimanche.

« Pour le dimanche, on y travaille », a répondu Julien Barrère.
"""),

dict(id="h7-fr-002", lang="fr", tpl="cms", section="Patrimoine", date="2025-07-22", byline="Hélène Marchetti",
     title="Une chapelle romane sauvée par les habitants de Saint-Alban",
     caption="La chapelle Saint-Michel, au-dessus du village.", credit="Photo : Hélène Marchetti",
     body="""
La chapelle Saint-Michel, qui domine le village de Saint-Alban depuis le XIIe siècle, a retrouvé un toit. Les travaux, achevés la semaine dernière, ont été financés en grande partie par les habitants.

En 2022, une partie de la voûte s'était effondrée après un hiver particulièrement humide. La commune, 340 habitants, ne pouvait pas payer seule les 410 000 euros de travaux.

Une souscription lancée avec une fondation du patrimoine a rapporté 162 000 euros en deux ans. Le reste est venu de l'État, de la région et du département.

« Il y a eu des dons de dix euros et des dons de dix mille euros. Tous ont compté », raconte le maire, Bernard Fauconnet.

## Des tailleurs de pierre en formation

Le chantier a aussi servi d'école : six apprentis tailleurs de pierre y ont travaillé pendant quatre mois.

Lire les noms des donateurs prend désormais un bon quart d'heure : ils sont gravés sur une plaque à l'entrée de la chapelle.

La chapelle rouvrira au public le 15 août, jour de la fête du village.

« Ma grand-mère s'y est mariée. J'espère que ma fille s'y mariera aussi. »
"""),

dict(id="h7-fr-003", lang="fr", tpl="nextjs", section="Sports", date="2025-10-13", byline="Thomas Lagarde",
     title="À 71 ans, elle boucle son premier marathon en moins de cinq heures",
     caption="Monique Berthelot à l'arrivée du marathon de Vallon-sur-Lys.", credit="Photo : Club athlétique de Vallon",
     body="""
Monique Berthelot a commencé à courir à 66 ans. Dimanche, à 71 ans, elle a terminé le marathon de Vallon-sur-Lys en 4 heures 52 minutes.

Ancienne institutrice, elle s'était mise au footing après le départ en maison de retraite de son mari, « pour sortir de la maison ».

Elle a rejoint le club athlétique de la ville il y a trois ans. Son entraîneur, Rachid Benali, lui a préparé un programme de seize semaines.

## « Le trentième kilomètre »

« Jusqu'au trentième kilomètre, tout allait bien. Après, j'ai pensé à abandonner à chaque ravitaillement », raconte-t-elle.

Suivre son rythme sans regarder les autres, c'était la consigne de son entraîneur. Elle l'a respectée jusqu'au bout.

Une quinzaine de membres du club l'attendaient sur la ligne d'arrivée.

Elle était la doyenne des 1 840 coureurs classés.

« Je ne sais pas si j'en ferai un autre. Mon genou dit non. »

Le club lui a offert une licence à vie.
"""),

dict(id="h7-es-001", lang="es", tpl="sanity", section="Sociedad", date="2025-05-06", byline="Lucía Barrientos",
     title="Las comunidades de vecinos deberán pedir permiso para grabar las juntas",
     sub="La agencia de protección de datos responde a una consulta de los administradores de fincas.",
     caption="Reunión de una comunidad de propietarios en Almendral.", credit="Foto: Javier Oñate",
     body="""
Las comunidades de propietarios que quieran grabar sus juntas en vídeo deberán contar con el consentimiento expreso de todos los asistentes, según un informe de la agencia de protección de datos publicado el martes.

El informe responde a una consulta del colegio de administradores de fincas, que había recibido decenas de quejas de vecinos grabados sin aviso.

Desde la pandemia, muchas comunidades celebran juntas mixtas, con parte de los vecinos conectados por videollamada, y algunas guardan las grabaciones durante años.

## Solo el audio, y con aviso

La agencia admite grabar el audio para redactar el acta, siempre que se avise al comienzo de la reunión y se borre una vez aprobada.

"Grabar la cara de un vecino que discute por una derrama no es necesario para levantar acta", señala el documento.

Las comunidades deberán:

- informar en la convocatoria de que la junta se grabará;
- pedir el consentimiento para la imagen a cada asistente;
- borrar la grabación en un plazo de tres meses.

El presidente del colegio de administradores, Ernesto Villaverde, dijo que el informe "aclara mucho".

"Hasta ahora, cada comunidad hacía lo que le parecía."

El informe no es vinculante, pero la agencia lo tendrá en cuenta al resolver las reclamaciones.
"""),

dict(id="h7-es-002", lang="es", tpl="k2", section="Sucesos", date="2025-08-28", byline="Andrés Zubiría",
     title="Rescatados dos espeleólogos atrapados doce horas en una cueva",
     sub="Una crecida repentina del río subterráneo les cortó la salida.",
     caption="Miembros del equipo de rescate a la entrada de la cueva de Peña Oscura.", credit="Foto: Guardia Civil",
     body="""
Dos espeleólogos de Burgos fueron rescatados el miércoles por la noche de la cueva de Peña Oscura, donde habían quedado atrapados durante doce horas por una crecida del río subterráneo.

Los dos hombres, de 38 y 45 años, entraron en la cueva por la mañana. Una tormenta en la superficie hizo subir el nivel del agua y les cortó el paso en una galería a unos 600 metros de la entrada.

Un tercer compañero, que esperaba fuera, dio el aviso a las tres de la tarde.

## Un teléfono en una bolsa estanca

Los atrapados llevaban un teléfono por radio de cueva, y el equipo de rescate estuvo en contacto con ellos cada hora mientras el agua bajaba.

"Estaban tranquilos, con luz y comida. Eso lo cambia todo", explicó el jefe del grupo de rescate de montaña, Iñaki Salcedo.

Los rescatadores esperaron a que el nivel descendiera y los sacaron a las diez de la noche.

Ninguno de los dos necesitó atención hospitalaria.

El grupo de espeleología al que pertenecen pidió disculpas por no haber consultado la previsión del tiempo.

"Hemos aprendido la lección."
"""),

dict(id="h7-es-003", lang="es", tpl="semantic", section="Cultura", date="2025-11-04", byline="Marina Solís", low=1,
     title="Un pueblo de Teruel recupera su antiguo cine de verano",
     caption="El cine de verano de Valdecerro, en la plaza de la iglesia.", credit="Foto: Ayuntamiento de Valdecerro",
     body="""
Valdecerro, un pueblo de 280 habitantes en la sierra de Teruel, volvió a tener cine de verano este año, cuarenta años después de la última proyección.

La asociación cultural del pueblo compró un proyector de segunda mano y una pantalla hinchable con los 6.000 euros recaudados en las fiestas del año pasado.

Las sesiones se celebraron los sábados de julio y agosto en la plaza de la iglesia. Cada vecino traía su silla.

"La primera noche vinieron más de cien personas. Algunas no habían visto una película en pantalla grande desde que eran niñas", contó la presidenta de la asociación, Pilar Gascón.

Se proyectaron nueve películas, elegidas por votación en el bar del pueblo. La más votada fue una comedia de los años sesenta rodada en la comarca.

Ver la película fue lo de menos, según varios vecinos: lo importante era volver a salir a la plaza por la noche.

La asociación ya prepara la programación del próximo verano y quiere añadir una sesión infantil los viernes.

"Si sale bien, el año que viene compramos palomitas de verdad."
"""),

dict(id="h7-ru-001", lang="ru", tpl="sanity", section="Общество", date="2025-03-12", byline="Ольга Веретенникова",
     title="Управляющие компании обязали спрашивать согласие на видеонаблюдение в подъездах",
     sub="Новые правила вступают в силу с 1 июня.",
     caption="Камера видеонаблюдения в подъезде дома на улице Лесной.", credit="Фото: Сергей Малахов",
     body="""
Управляющие компании Заречного района смогут устанавливать камеры в подъездах только после общего собрания жильцов. Такое решение приняла районная жилищная инспекция.

Поводом стали жалобы жителей двух домов на улице Лесной: камеры появились там без предупреждения, а записи, как выяснилось, хранились у подрядчика больше года.

Теперь в районе действуют такие требования:

- камеры можно ставить только по решению собрания собственников;
- жильцов нужно предупредить табличками на каждом этаже;
- записи хранятся не дольше 30 дней.

«Согласие жильцов — это не формальность. Речь идёт о том, кто и когда входит в их дом», — сказала начальник инспекции Марина Гладышева.

Управляющие компании отнеслись к решению спокойно. Директор одной из них, Павел Сухарев, отметил, что большинство камер и так устанавливалось по просьбе жителей.

«Мы не против. Пусть решают сами».

Жители улицы Лесной своих камер пока не увидят: их сняли до проведения собрания.

В инспекции добавили, что проверят и другие дома, где камеры появились за последние два года. Жители могут сообщить о них по телефону горячей линии.

Собрание назначено на апрель.
"""),

dict(id="h7-ru-002", lang="ru", tpl="k2", section="Происшествия", date="2025-01-28", byline="Денис Колыванов",
     title="Рыбаков сняли с оторвавшейся льдины на Камском водохранилище",
     sub="Спасатели вывезли на берег 14 человек.",
     caption="Спасатели на льду Камского водохранилища.", credit="Фото: ГУ МЧС по краю",
     body="""
Спасатели сняли 14 рыбаков с оторвавшейся льдины на Камском водохранилище. Все они доставлены на берег, пострадавших нет.

Льдину площадью около гектара отнесло от берега сильным ветром в воскресенье около полудня. Расстояние до кромки льда за час выросло до 70 метров.

Один из рыбаков позвонил в службу спасения. По словам спасателей, он всё время оставался на связи с дежурным и сообщал, как меняется положение льдины.

К месту выехали две группы на судне на воздушной подушке. Эвакуация заняла около двух часов.

«Люди вели себя спокойно, никто не пытался перебраться сам. Это самое главное», — сказал руководитель спасательной группы Виктор Стрельников.

Спасатели напоминают, что в оттепель выходить на лёд опасно, и просят рыбаков:

- следить за прогнозом ветра;
- не собираться большими группами на одном участке;
- брать с собой заряженный телефон.

С начала зимы в крае это уже третий подобный случай. В январе с оторвавшихся льдин сняли ещё девять человек.

Один из рыбаков признался, что улов в тот день был хорошим.

«Только рыбу пришлось оставить на льдине».
"""),

dict(id="h7-ru-003", lang="ru", tpl="portal", section="Культура", date="2025-06-05", byline="Анна Зимина",
     title="В краеведческом музее покажут снимки сельского фотографа",
     caption="Фрагмент экспозиции краеведческого музея.", credit="Фото: краеведческий музей",
     body="""
Краеведческий музей Заречного откроет выставку снимков Николая Ветлугина, который почти сорок лет фотографировал жителей окрестных сёл.

Ветлугин работал фотографом в районном доме быта с 1958 по 1996 год. После его смерти родственники передали музею около 6000 негативов.

На обороте каждого отпечатка стоит штамп «Фото Н. Ветлугина», поэтому выставку так и назвали.

«Он снимал свадьбы, выпускные, проводы в армию. Фактически это летопись района», — рассказала научный сотрудник музея Елена Шубина.

Сотрудники музея полгода сканировали негативы и искали людей, изображённых на снимках. Удалось узнать больше трёхсот человек.

Поделиться воспоминаниями о фотографе или о тех, кто попал в его кадр, может любой посетитель: в зале будет лежать книга отзывов.

На открытие пригласили и тех, кого Ветлугин снимал детьми.

«Мне было пять лет. Я до сих пор помню, как боялась вспышки».

Часть снимков музей планирует издать отдельным альбомом, с подписями и воспоминаниями героев. Деньги на печать собирают всем районом.

Выставка откроется 12 июня и продлится до конца сентября.
"""),
]
