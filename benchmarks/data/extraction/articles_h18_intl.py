# Turkish, German, French, Spanish and Russian stories for the eighteenth held-out part (h18-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h18_en.py.
ARTICLES = [
# ---------------------------------------------------------------- tr
dict(id="h18-tr-001", lang="tr", tpl="weebly", site="Yenice Kadın Kooperatifi", section="Duyurular",
     date="2026-05-06", byline="Nuriye Aksoy",
     title="Zeytinyağımız ilk kez yurt dışına gidiyor",
     sub="İlk parti olan 1.200 litre mayıs sonunda Almanya'ya gönderilecek.",
     caption="Ortaklarımız hasat sonrası bahçede.", credit="Fotoğraf: Gülay Kaçar",
     body="""
Sevgili dostlarımız, güzel bir haberimiz var: kooperatifimizin soğuk sıkım zeytinyağı ilk kez yurt dışına satılıyor. Almanya'daki bir gıda topluluğuyla yaptığımız anlaşmaya göre ilk parti olan 1.200 litre mayıs sonunda yola çıkacak.

Bu noktaya gelmek kolay olmadı. İki yıldır belgeler, analizler ve etiketlerle uğraşıyoruz.

## Nasıl başardık?

İhracat için bizden istenenler şunlardı:

- zeytinyağının asit ve peroksit analizleri;
- organik tarım sertifikası;
- Almanca ve İngilizce etiketler;
- gıda işletmesi kayıt belgesi.

Analizleri ilçe tarım müdürlüğünün laboratuvarında yaptırdık. Etiket tasarımına üyemiz Hatice Hanım'ın kızı gönüllü olarak yardım etti.

"Zeytinimizi ilk defa bu kadar uzağa gönderiyoruz," dedi kooperatif başkanımız Nuriye Aksoy.

## Köyde neler değişecek?

Kooperatifin 46 ortağı var ve hepsi köyümüzden kadınlar. Satıştan gelen gelirin bir kısmıyla yeni bir sıkma makinesi almayı planlıyoruz.

Alman topluluğun temsilcisi Anna Weber geçen ay köyümüze geldi, bahçeleri gezdi ve hasada katıldı. Çektiği fotoğrafları, ortaklarımızın onayını alarak kendi üyelerine gönderdikleri bültende yayımlayacak.

## Çerez ve reçellerimiz

Zeytinyağının yanında kuru incir, ceviz ve fındıktan hazırladığımız çerez paketleri ile reçellerimiz de her cumartesi ilçe pazarındaki tezgâhımızda satılıyor.

Bizi takip eden, ürünlerimizi alan ve destek olan herkese teşekkür ederiz.
"""),

dict(id="h18-tr-002", lang="tr", tpl="portal", section="Asayiş", date="2026-03-11", byline="Hakan Durmuş",
     title="Kaçak kat davasında müteahhide 2 yıl 6 ay hapis",
     sub="Dört kat için ruhsat alınan binanın altı kat olarak yapıldığı ortaya çıkmıştı.",
     caption="Üst iki katı kaçak olan apartman.", credit="Fotoğraf: Hakan Durmuş",
     body="""
Kartepe ilçesinde ruhsatsız olarak iki kat yükselttiği apartman nedeniyle yargılanan müteahhit, 2 yıl 6 ay hapis cezasına çarptırıldı.

Asliye Ceza Mahkemesindeki karar duruşmasına tutuksuz sanık Erkan D. ile avukatı katıldı. Mahkeme, sanığın imar kirliliğine neden olma suçunu işlediğine hükmetti ve hükmün açıklanmasının geri bırakılması talebini reddetti.

## Dört katlık ruhsat, altı katlık bina

Dava, 2023 yılında belediye ekiplerinin yaptığı denetimle başladı. Dört katlı olarak ruhsat alınan binanın altı kat olarak inşa edildiği ve üst iki kattaki sekiz dairenin satıldığı belirlendi.

Bu dairelerden birini satın alan öğretmen Selda Yurt, duruşmanın ardından gazetecilere konuştu.

"Birikimimizin tamamını bu eve verdik," dedi.

## Daire sahiplerini neler bekliyor?

Belediye, kaçak katlar için yıkım kararı almıştı; ancak daire sahiplerinin açtığı dava nedeniyle karar henüz uygulanmadı. Avukatlar, daire sahiplerinin önünde üç yol olduğunu söylüyor:

- müteahhide karşı tazminat davası açmak;
- yıkım kararına karşı idare mahkemesinde itiraz etmek;
- belediyeyle uzlaşma yoluna gitmek.

Belediye Başkan Yardımcısı Murat Çelik, daire sahipleriyle iletişim halinde olduklarını ve her aileyle ayrı ayrı görüşeceklerini söyledi.

Sanık avukatının karara karşı istinaf yoluna gideceği öğrenildi.
"""),

dict(id="h18-tr-003", lang="tr", tpl="cms", section="Bilim", date="2026-01-29", byline="Deniz Yalçınkaya",
     title="Göl tortuları 3 bin yıllık deprem geçmişini ortaya çıkardı",
     sub="Karasu Gölü'nün dibindeki katmanlar en az yedi büyük depremin izini taşıyor.",
     caption="Araştırmacılar göl tabanından alınan karot örneğini inceliyor.", credit="Fotoğraf: Deniz Yalçınkaya",
     body="""
Karasu Gölü'nün tabanından alınan tortu örnekleri, bölgede son 3 bin yılda en az yedi büyük deprem yaşandığını gösterdi.

Çalışmayı yürüten üniversite ekibi, gölün en derin noktasından 8 metre uzunluğunda karot örnekleri çıkardı. Depremler sırasında göl tabanına çöken kum ve mil katmanları, bu örneklerde belirgin bantlar halinde görülüyor.

## Her katman bir deprem

Ekibin başındaki jeolog Doç. Dr. Elif Sarıkaya, her bandın tarihini içindeki bitki kalıntılarıyla belirlediklerini anlattı.

"Göl, bölgenin deprem günlüğünü tutmuş," dedi.

Araştırmaya göre büyük depremler ortalama 400 ile 450 yılda bir tekrarlanıyor. Son büyük sarsıntının izleri ise yaklaşık 300 yıl öncesine ait.

## Sonuçlar ne işe yarayacak?

Uzmanlar, bu tür verilerin şu alanlarda kullanılabileceğini belirtiyor:

- deprem tehlike haritalarının güncellenmesi;
- baraj ve köprü projelerinin planlanması;
- okul ve hastanelerin güçlendirilmesinde öncelik sıralaması.

Çalışmanın sonuçları uluslararası bir yerbilimleri dergisinde yayımlandı. Dergi, makaleyi abonelik gerektirmeden herkesin okuyabileceği şekilde ücretsiz erişime açtı.

Okuyucuların sorularını yanıtlamak için ekip, önümüzdeki ay ilçe kültür merkezinde halka açık bir sunum yapacak. Bu yaz aynı yöntem bölgedeki iki gölde daha uygulanacak.
"""),

# ---------------------------------------------------------------- de
dict(id="h18-de-001", lang="de", tpl="weebly", site="SV Lindenau 1921 – Schwimmabteilung", section="Vereinsnews",
     date="2026-08-20", byline="Birgit Hahn",
     title="Schwimmkurs für Erwachsene startet wieder",
     sub="Zehn Sonntage im Hallenbad an der Gartenstraße, höchstens acht Teilnehmende.",
     caption="Das Lehrschwimmbecken im Hallenbad an der Gartenstraße.", credit="Foto: Uwe Kramer",
     body="""
Gute Nachrichten für alle, die spät schwimmen lernen wollen: Unser Anfängerkurs für Erwachsene startet am 13. September wieder im Hallenbad an der Gartenstraße. Nach zwei Jahren Pause haben wir endlich wieder feste Wasserzeiten bekommen.

Der Kurs richtet sich an Menschen ab 18 Jahren, die gar nicht oder nur sehr unsicher schwimmen können. Vorkenntnisse braucht niemand.

## Ablauf und Kosten

Geplant sind zehn Termine, immer sonntags von 8 bis 9 Uhr. Im Kursbeitrag von 90 Euro ist der Eintritt ins Bad schon enthalten. Vereinsmitglieder zahlen 60 Euro.

Mitbringen sollten Sie:

- Badekleidung und Handtuch;
- eine Schwimmbrille, falls vorhanden;
- ein Vorhängeschloss für den Spind.

„Niemand muss sich hier schämen“, sagt Kursleiterin Birgit Hahn.

## Warum es den Kurs braucht

Viele Erwachsene können nicht sicher schwimmen und trauen sich nicht, zwischen Kindern zu üben. Bei uns ist die Gruppe auf acht Teilnehmende begrenzt, und das Lehrschwimmbecken gehört uns in dieser Stunde allein.

## Anmeldung

Anmelden können Sie sich mit dem Formular in der Geschäftsstelle oder per E-Mail. Dabei bitten wir um Ihre Einwilligung, dass wir Ihre Daten für die Kursorganisation speichern dürfen. Fotos werden im Kurs grundsätzlich nicht gemacht.

Folgen Sie am ersten Sonntag einfach der Beschilderung zum Lehrschwimmbecken. Wir warten am Beckenrand.
"""),

dict(id="h18-de-002", lang="de", tpl="substack", site="Oberwald kompakt", section="Energie", date="2026-06-30",
     byline="Katrin Seidel",
     title="Das Wärmenetz kommt – aber nicht in jede Straße",
     standfirst="Die Stadtwerke haben ihren Ausbauplan veröffentlicht. Was er für Ihr Viertel bedeutet",
     sub="Die Stadtwerke haben ihren Ausbauplan veröffentlicht. Was er für Ihr Viertel bedeutet",
     caption="Leitungsrohre für das Wärmenetz auf dem Bauhof der Stadtwerke.", credit="Foto: Katrin Seidel",
     notes=["Der Plan liegt als PDF auf der Website der Stadtwerke; die Straßenliste beginnt auf Seite 12.",
            "Gemeint ist die Bundesförderung für effiziente Gebäude. Sie übernimmt je nach Fall 30 bis 50 Prozent."],
     body="""
Seit Monaten fragen mich Leserinnen und Leser, ob ihre Straße an das neue Wärmenetz angeschlossen wird. Seit Dienstag gibt es eine Antwort: Die Stadtwerke haben den Plan für die ersten beiden Bauabschnitte veröffentlicht.[^1]

Kurz gesagt: Die Innenstadt und das Neubaugebiet am Mühlbach kommen zuerst dran. Für die Siedlungen am Hang gibt es vorerst keinen Termin.

## Wer zuerst angeschlossen wird

Der erste Bauabschnitt umfasst laut Stadtwerken rund 1.400 Haushalte in diesen Bereichen:

- die Altstadt zwischen Marktplatz und Bahnhof;
- das Schulzentrum und das Hallenbad;
- das Neubaugebiet Am Mühlbach.

Die Bauarbeiten sollen im Frühjahr 2027 beginnen und drei Jahre dauern.

## Was der Anschluss kostet

Für ein Einfamilienhaus rechnen die Stadtwerke mit einem einmaligen Baukostenzuschuss von 4.900 Euro. Dazu kommen die Kosten für die Übergabestation im Keller. Ein Teil davon kann über die Bundesförderung erstattet werden.[^2]

„Wir wollen niemanden überfordern“, sagte Stadtwerke-Chef Jochen Rauscher bei der Bürgerversammlung.

## Was mit den anderen Vierteln ist

Für die Hangsiedlungen lohnt sich ein Netz nach den Berechnungen der Stadtwerke nur, wenn mindestens sechzig Prozent der Haushalte mitmachen. Im Herbst soll es dazu eine Online-Umfrage geben; die Stadtwerke versprechen, dass die Seite ohne Cookies und ohne Tracking auskommt.

Danke an alle, die diesen Newsletter abonniert und mir ihre Fragen geschickt haben. Ich bleibe dran und melde mich, sobald es Neues gibt.
"""),

dict(id="h18-de-003", lang="de", tpl="ghost", section="Gericht", date="2026-02-19", byline="Florian Metzger",
     title="Hundehalterin muss Joggerin nach Biss 2.500 Euro zahlen",
     sub="Der Hund lief auf einem Feldweg mit Leinenpflicht frei.",
     caption="Der Feldweg zwischen Kornbach und dem Stausee.", credit="Foto: Florian Metzger",
     low=0,
     body="""
Eine Hundehalterin aus Kornbach muss einer Joggerin 2.500 Euro Schmerzensgeld zahlen, nachdem ihr Hund die Frau auf einem Feldweg in die Wade gebissen hatte. Das hat das Amtsgericht Lahnfeld am Donnerstag entschieden.

Der Vorfall ereignete sich im vergangenen April auf dem Weg zwischen Kornbach und dem Stausee. Der Hund, ein Mischling, lief nach Angaben von Zeugen ohne Leine etwa zwanzig Meter vor seiner Halterin.

## Leinenpflicht in der Brutzeit

Auf dem Weg gilt von April bis Juli eine Leinenpflicht, weil in den angrenzenden Wiesen Bodenbrüter nisten. Schilder an beiden Enden des Weges weisen darauf hin.

Die Halterin gab vor Gericht an, die Schilder nicht gesehen zu haben. Ihr Hund sei noch nie aggressiv gewesen.

„Er wollte nur spielen“, sagte sie.

Die Richterin ließ das nicht gelten. Wer seinen Hund frei laufen lasse, müsse ihn jederzeit zurückrufen können, heißt es im Urteil.

## Was das Urteil umfasst

Neben dem Schmerzensgeld muss die Halterin:

- die Arztkosten der Joggerin von rund 640 Euro erstatten;
- die Kosten des Verfahrens tragen.

Die Joggerin war nach dem Biss drei Wochen krankgeschrieben. Ihr Anwalt sagte, seine Mandantin laufe die Strecke seither nicht mehr.

Das Urteil ist noch nicht rechtskräftig. Die Halterin kann innerhalb eines Monats Berufung beim Landgericht einlegen.

## Mehr Kontrollen angekündigt

Das Ordnungsamt will den Weg in diesem Frühjahr häufiger kontrollieren. Man stehe mit dem örtlichen Hundeverein in Kontakt, um Halterinnen und Halter auf die Regeln hinzuweisen.
"""),

# ---------------------------------------------------------------- fr
dict(id="h18-fr-001", lang="fr", tpl="drupal", site="Université de Val-d'Aure", section="Recherche", date="2026-10-13",
     byline="Service communication",
     title="Un drone mesure la fonte du glacier de Las Tinas",
     sub="En cinq ans, la glace a perdu en moyenne 2,1 mètres d'épaisseur par an.",
     caption="Le drone de l'équipe au-dessus du glacier de Las Tinas en septembre.", credit="Photo : Université de Val-d'Aure",
     body="""
Des chercheurs du laboratoire Géosciences Montagne ont survolé le glacier de Las Tinas avec un drone à dix reprises depuis 2021. Leurs mesures montrent que la glace a perdu en moyenne 2,1 mètres d'épaisseur par an sur cette période.

Le glacier, l'un des derniers du massif, ne couvre plus que 9 hectares, contre 26 en 1990.

## Une carte au centimètre près

Le drone prend près de 800 photos à chaque vol. Assemblées par ordinateur, elles donnent un modèle du relief précis à quelques centimètres.

« Sans drone, il faudrait une semaine de terrain pour obtenir la même chose », explique la glaciologue Claire Mendiondo.

Comparer les modèles d'une année sur l'autre permet de calculer le volume de glace perdu. Les résultats viennent d'être publiés dans la revue Géomorphologie.

## Trois étés exceptionnels

Les pertes les plus fortes ont été mesurées après les étés 2022, 2023 et 2025. Pour l'équipe, trois facteurs expliquent cette accélération :

- des températures estivales supérieures de 2 °C à la moyenne ;
- un manteau neigeux hivernal plus mince ;
- des poussières sahariennes qui assombrissent la glace et accélèrent sa fonte.

## Des données ouvertes

Suivez l'évolution du glacier année après année : les modèles 3D sont librement accessibles sur la plateforme de données de l'université. L'équipe accueillera aussi cet hiver deux classes du lycée de la vallée.

Au rythme actuel, le glacier pourrait disparaître avant 2040.
"""),

dict(id="h18-fr-002", lang="fr", tpl="amp", section="Sports", date="2026-04-12", byline="Julien Paturel",
     title="Handball : les filles de l'AS Vallon montent en Nationale 1",
     sub="Victoire 29-24 contre Annonay devant 600 spectateurs.",
     caption="Les joueuses de l'AS Vallon après le coup de sifflet final.", credit="Photo : Julien Paturel",
     low=1, only=["correction"],
     correction="Rectificatif : dans une première version de cet article, la gardienne était appelée Léa Bastide. Elle se nomme Léa Baptiste.",
     body="""
Les handballeuses de l'AS Vallon ont décroché samedi leur accession en Nationale 1 en battant Annonay 29 à 24, devant 600 spectateurs au gymnase Jean-Moulin.

Il restait encore deux journées à disputer, mais cette victoire met les Vallonnaises hors de portée de leurs poursuivantes.

## Un match longtemps serré

Menées 12-13 à la pause, les joueuses d'Yvan Ferrand ont fait la différence dans le dernier quart d'heure grâce à leur gardienne, Léa Baptiste, auteure de quatorze arrêts.

« On a tenu en défense, c'est tout », a résumé l'entraîneur.

L'arrière Inès Kaddour a terminé meilleure marqueuse de la rencontre avec neuf buts.

## Un budget à trouver

La montée en Nationale 1 impose de nouvelles contraintes au club :

- un budget d'environ 180 000 euros, contre 110 000 aujourd'hui ;
- des déplacements jusqu'en Bourgogne et en Auvergne ;
- la présence d'un encadrement médical à chaque match.

Le président, Gilles Aubert, a indiqué être en contact avec deux entreprises de la zone artisanale pour de nouveaux partenariats. La mairie a promis de rénover le parquet du gymnase cet été.

Les abonnements pour la saison prochaine seront mis en vente en juin. Le club espère en écouler 250, deux fois plus que cette année.
"""),

dict(id="h18-fr-003", lang="fr", tpl="gutenberg", section="Commerce", date="2026-09-05", byline="Sophie Ladrière",
     title="Le marché couvert rouvre après dix-huit mois de travaux",
     sub="La charpente métallique de 1896 a été entièrement restaurée.",
     caption="Les premiers clients sous la verrière restaurée, samedi matin.", credit="Photo : Sophie Ladrière",
     body="""
Après dix-huit mois de travaux, le marché couvert de Saint-Aignan-sur-Loue a rouvert ses portes samedi matin. Une trentaine de commerçants ont retrouvé leurs étals sous la charpente métallique de 1896, entièrement restaurée.

Le chantier a coûté 3,4 millions d'euros, financés pour moitié par la commune et pour le reste par la région et l'État.

## Ce qui change pour les clients

Les habitués ont découvert plusieurs nouveautés :

- une verrière refaite à l'identique ;
- des chambres froides partagées pour les producteurs ;
- des toilettes publiques accessibles ;
- un coin café d'une vingtaine de places assises.

« On se sent enfin chez nous », confie Martine Gaudry, fromagère sur le marché depuis trente ans.

## Des photos d'époque

Pour l'inauguration, les archives municipales exposent des photos du marché prises entre 1900 et 1970. Les habitants avaient été invités à prêter leurs propres clichés ; ceux qui l'ont fait ont donné leur consentement pour qu'ils soient numérisés et conservés.

## Une lettre pour les commerçants

La mairie envoie désormais chaque mois une newsletter aux commerçants du marché pour les tenir informés des animations et des horaires. Un biscuitier installé depuis la réouverture y présente ses cookies aux noix, déjà épuisés à midi le premier jour.

Le marché est ouvert du mardi au dimanche, de 7 h à 13 h.
"""),

# ---------------------------------------------------------------- es
dict(id="h18-es-001", lang="es", tpl="weebly", site="AV Barrio de San Roque", section="Noticias del barrio",
     date="2026-10-22", byline="Junta directiva",
     title="¡Por fin tenemos paso de peatones en la calle Real!",
     sub="Tres años de escritos, reuniones y una recogida de firmas.",
     caption="El nuevo paso de peatones frente al colegio Santa Teresa.", credit="Foto: Pilar Ordóñez",
     body="""
Después de tres años de escritos, reuniones y una recogida de firmas, el Ayuntamiento ha pintado esta semana el paso de peatones que pedíamos en la calle Real, a la altura del colegio Santa Teresa.

El paso cuenta además con un semáforo con pulsador y dos bandas reductoras de velocidad, una a cada lado.

## Cómo lo conseguimos

Queremos dar las gracias a todos los vecinos que se implicaron. Estos fueron los pasos:

- en 2023 presentamos el primer escrito en el registro municipal;
- en 2024 recogimos 1.140 firmas a la puerta del colegio y en el mercado;
- en enero de este año el pleno aprobó la obra por unanimidad.

"Ahora los niños pueden cruzar tranquilos", dice Carmen Ruiz, madre de dos alumnos.

## Una pequeña fiesta

El jueves lo celebramos junto al paso con chocolate y cookies caseras que trajeron las familias del AMPA. Muchos vecinos hicieron fotos y nos las están enviando. Solo publicaremos en la web las imágenes de menores que cuenten con el consentimiento de sus padres.

## Próximos objetivos

La junta directiva ya trabaja en dos nuevas peticiones: más bancos a la sombra en la plaza del Pozo y una parada de autobús cubierta en la avenida.

La asociación tiene ya 412 socios, y su boletín mensual llega a casi 900 suscriptores, el doble que hace dos años.
"""),

dict(id="h18-es-002", lang="es", tpl="brightspot", section="Tribunales", date="2026-11-04", byline="Marta Villalobos",
     title="Condenado el exalcalde de Villaseca por adjudicar obras a la empresa de su cuñado",
     sub="La Audiencia le impone seis años de inhabilitación por prevaricación.",
     caption="El exalcalde Ramón Ortega, a su llegada a la Audiencia Provincial.", credit="Foto: Marta Villalobos",
     body="""
La Audiencia Provincial ha condenado al exalcalde de Villaseca de la Sierra, Ramón Ortega, a seis años de inhabilitación para cargo público por un delito de prevaricación administrativa. El tribunal considera probado que adjudicó cinco contratos de obras a una empresa de la que era socio su cuñado.

Los contratos, firmados entre 2019 y 2021, sumaban 312.000 euros y se tramitaron como contratos menores, sin concurso público.

## Contratos troceados

Según la sentencia, el exalcalde dividió las obras de la piscina municipal y del cementerio en varios contratos más pequeños para no superar el límite legal de 40.000 euros.

"Fraccionó los contratos de forma deliberada", señala el fallo.

La defensa alegó que la urgencia de las obras justificaba el procedimiento. El tribunal lo rechaza porque los trabajos se prolongaron durante meses.

## Absuelto el cuñado

El cuñado, que también estaba acusado, ha sido absuelto al no quedar probado que conociera las irregularidades. La sentencia impone además al exalcalde:

- una multa de 7.200 euros;
- el pago de las costas del juicio.

La Fiscalía había pedido nueve años de inhabilitación. Ortega, que dejó la alcaldía en 2023, puede recurrir ante el Tribunal Superior de Justicia.

El actual alcalde ha informado de que el Ayuntamiento está en contacto con sus abogados para reclamar los posibles sobrecostes.
"""),

dict(id="h18-es-003", lang="es", tpl="fusion", section="Economía", date="2026-05-19", byline="Iker Goñi",
     title="Una conservera de Punta Gadea contratará a 60 personas para la campaña del bonito",
     standfirst="Hermanos Lastra busca personal para limpiar y empacar el pescado a mano desde mediados de junio",
     sub="Hermanos Lastra busca personal para limpiar y empacar el pescado a mano desde mediados de junio",
     caption="Operarias de Hermanos Lastra empacan bonito en la planta del puerto.", credit="Foto: Iker Goñi",
     body="""
La conservera Hermanos Lastra contratará a 60 personas para la campaña del bonito del norte, que arranca a mediados de junio en el puerto de Punta Gadea. La mayoría de los puestos son para el limpiado y empacado del pescado, un trabajo que se sigue haciendo a mano.

La empresa, fundada en 1948, emplea a 85 personas durante todo el año y factura unos 14 millones de euros.

Sigue siendo una empresa familiar, dirigida ya por la tercera generación de los Lastra.

## Qué perfiles buscan

Según la dirección, los contratos durarán entre tres y cuatro meses. Los puestos ofertados son:

- 48 operarias y operarios de limpieza y empacado;
- 6 carretilleros;
- 4 personas para el control de calidad;
- 2 mecánicos de mantenimiento.

No se exige experiencia previa. La empresa impartirá un curso de formación de una semana antes del inicio de la campaña.

"Aquí muchas familias han vivido del bonito durante generaciones", dice la gerente, Lucía Lastra.

## Nuevos mercados

La conservera ha empezado a vender en Francia y Alemania a través de su tienda online. Los clientes pueden elegir entre una compra única o una suscripción trimestral con una selección de latas.

También ha lanzado una línea de galletas saladas con anchoa, que se venden en tiendas gourmet de toda la cornisa.

Las personas interesadas pueden enviar su currículum hasta el 31 de mayo.
"""),

# ---------------------------------------------------------------- ru
dict(id="h18-ru-001", lang="ru", tpl="weebly", site="Клуб скандинавской ходьбы «Шаг вперёд»", section="Новости клуба",
     date="2026-11-24", byline="Валентина Гусева",
     title="Зимний сезон: новое расписание и два маршрута",
     sub="С 1 декабря тренируемся три раза в неделю.",
     caption="Субботняя группа на лесной тропе в ноябре.", credit="Фото: Игорь Лаптев",
     body="""
Друзья, с 1 декабря наш клуб переходит на зимнее расписание. Тренировки будут проходить три раза в неделю, а на выходных мы откроем два новых маршрута.

## Расписание

Встречаемся у главного входа в Сосновый парк:

- во вторник и четверг в 10:00;
- в субботу в 9:00, на длинный маршрут.

Тренировка длится около полутора часов. Палки можно взять у нас бесплатно, но лучше предупредить заранее.

«Зимой ходить даже приятнее, чем летом», — говорит наш тренер Валентина Петровна Гусева.

## Новые маршруты

Первый маршрут проходит вдоль реки до старой мельницы, это 7 километров. Второй, на 11 километров, ведёт через лес к деревне Озерки. Оба маршрута мы прошли в ноябре и отметили на карте.

## Безопасность

Зимой особенно важно правильно одеться. Тренер советует:

- надевать несколько тонких слоёв вместо одной толстой куртки;
- брать с собой термос с чаем;
- выбирать обувь с рифлёной подошвой.

Фотографии с тренировок мы публикуем только с согласия участников. Если вы не хотите попадать в кадр, скажите об этом фотографу.

После субботней прогулки по традиции пьём чай с печеньем в кафе у входа в парк. Присоединяйтесь!
"""),

dict(id="h18-ru-002", lang="ru", tpl="bitrix", site="Администрация Заречного района", section="Новости",
     date="2026-07-02", byline="Пресс-служба администрации",
     title="В школе № 4 начался капитальный ремонт",
     sub="На время ремонта ученики будут заниматься в здании бывшего лицея.",
     caption="Здание школы № 4 на улице Гагарина.", credit="Фото: пресс-служба администрации",
     body="""
В школе № 4 на улице Гагарина начался капитальный ремонт. Работы планируется завершить к 1 сентября будущего года.

На время ремонта ученики будут заниматься в здании бывшего лицея на улице Мира. Для них организован бесплатный подвоз: два автобуса будут курсировать между школой и лицеем утром и после уроков.

## Что отремонтируют

Подрядчик, определённый по итогам конкурса, выполнит:

- замену кровли и окон;
- ремонт спортивного зала и столовой;
- замену систем отопления и водоснабжения;
- устройство пандуса и лифта.

Стоимость работ составляет 186 млн рублей. Средства выделены из федерального и областного бюджетов. Это первый капитальный ремонт здания с момента его постройки в 1968 году.

## Контроль за ходом работ

Глава района Сергей Николаевич Жуков в понедельник осмотрел объект вместе с представителями подрядчика и родительского комитета.

«Сорвать сроки мы не позволим», — сказал он.

Фотоотчёты о ходе ремонта будут публиковаться на сайте школы каждые две недели. Родители, подписанные на рассылку школы, получат уведомление о каждом новом отчёте.

В администрации отметили, что находятся на связи с родительским комитетом и готовы ответить на вопросы по телефону горячей линии.
"""),

dict(id="h18-ru-003", lang="ru", tpl="broadcaster", section="Культура", date="2026-08-06", byline="Никита Сомов",
     title="Под Соборной площадью нашли деревянную мостовую XVII века",
     sub="Находку сделали во время замены теплотрассы.",
     caption="Раскоп на Соборной площади.", credit="Фото: Никита Сомов",
     watch=["Как археологи расчищают мостовую", "Что нашли в раскопе на Соборной площади"],
     body="""
Археологи обнаружили под Соборной площадью в Верхнекамске остатки деревянной мостовой XVII века. Находка сделана во время работ по замене теплотрассы.

Мостовая лежит на глубине около двух метров. Она сложена из сосновых плах, уложенных поперёк улицы на продольные брёвна.

## Что нашли археологи

Помимо самой мостовой, в раскопе обнаружены:

- кожаная обувь и её обрезки;
- фрагменты глиняной посуды;
- медные монеты времён Михаила Фёдоровича;
- деревянная ложка с резным узором.

«Дерево сохранилось потрясающе», — говорит руководитель раскопок Ольга Трофимова.

## Что будет с мостовой

По словам Трофимовой, мостовую подробно зафиксируют: сделают обмеры, фотографии и трёхмерную модель. После этого фрагмент длиной около шести метров поднимут и передадут в краеведческий музей.

Слушать рассказы археологов о находках каждый вечер приходят десятки горожан. Для них у раскопа поставили информационный стенд.

Подрядчик, ведущий ремонт теплотрассы, сообщил, что находится на связи с археологами и сдвинул график работ на две недели. Жителей предупредили, что горячую воду в соседних домах отключат позже, чем планировалось.

Раскопки продлятся до конца августа. Сам раскоп огорожен, но наблюдать за работой можно со смотровой площадки у собора.
"""),
]
