# Turkish, German, French, Spanish and Russian stories for the twenty-first held-out part (h21-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and extra fields as in articles_h21_en.py
# (watch: broadcaster video captions; standfirst: the fusion subheadline).
ARTICLES = [
dict(id="h21-tr-001", lang="tr", tpl="blogger", site="Kocaçınar Köyü Günlüğü", section="Köyden", date="2026-04-22",
     byline="Ali Rıza Demirci",
     title="Köyümüzde ilk kez ücretsiz sağlık taraması yapıldı",
     sub="İlçe sağlık ekibi bir gün boyunca 140 köylümüzün tansiyonunu, şekerini ve gözünü kontrol etti.",
     caption="Köy konağında sırasını bekleyen büyüklerimiz.", credit="Fotoğraf: Emre Demirci",
     body="""
Geçen cumartesi köy konağımız, belki de tarihinde ilk kez bir sağlık ocağına dönüştü. İlçe Sağlık Müdürlüğü'nden gelen beş kişilik ekip sabah dokuzdan akşam beşe kadar köylümüzü muayene etti.

Toplam 140 kişi taramaya katıldı. Bunların çoğu, ilçeye gitmekte zorlanan yaşlılarımızdı.

"Şehre inmek bana bir gün sürüyor, burada yarım saatte bitti," dedi 79 yaşındaki Zehra Nine.

## Neler kontrol edildi?

Taramada şu ölçümler yapıldı:

- tansiyon ve kan şekeri;
- göz tansiyonu ve görme testi;
- boy, kilo ve bel çevresi ölçümü.

Ölçüm sonuçlarının aile hekimine gönderilmesi için her katılımcıdan yazılı onay alındı. Onay vermeyenlerin sonuçları yalnızca kendilerine, kâğıt üzerinde verildi.

## 23 kişiye kontrol önerildi

Ekip, 23 köylümüzün tansiyonunun ya da şekerinin yüksek çıktığını ve bu kişilerin ilçedeki hastaneye kontrole gitmesi gerektiğini söyledi. Muhtarlık, onlar için her ay bir gün ortak araç ayarlayacak.

"Erken fark edilen tansiyon, tedavisi en kolay olanıdır," dedi ekip sorumlusu Dr. Selim Kaya.

## Teşekkürler

Taramaya gelenlere köy kadınlarımızın hazırladığı çay, ayran ve çerez ikram edildi. Leblebi ve kuru üzüm akşama kadar bitmedi.

Paylaşmayı seven bu köyün herkesine, özellikle konağı bir gecede temizleyen gençlerimize teşekkür ederiz. Taramanın fotoğrafları yakında bu sayfada olacak.
"""),

dict(id="h21-tr-002", lang="tr", tpl="portal", section="Kent", date="2026-09-17", byline="Serkan Yılmazer",
     title="Akçaova'da 14 kavşakta akıllı sinyalizasyon dönemi başladı",
     sub="Trafik ışıkları artık araç ve yaya yoğunluğuna göre kendini ayarlayacak.",
     caption="Cumhuriyet Bulvarı'ndaki kavşağa yerleştirilen kameralar.", credit="Fotoğraf: Akçaova Belediyesi",
     low=1, only=["correction"],
     correction="Düzeltme: Haberin ilk halinde sistemin maliyeti 21 milyon lira olarak yazılmıştı. Doğru rakam 12 milyon liradır.",
     body="""
Akçaova Belediyesi, kent merkezindeki 14 kavşakta trafik ışıklarını akıllı sinyalizasyon sistemine bağladı. Sistem, kavşaklardaki kameralardan gelen görüntülere göre yeşil ışık sürelerini anlık olarak değiştiriyor.

Belediyeye göre ilk iki haftada Cumhuriyet Bulvarı'nda akşam saatlerindeki ortalama bekleme süresi 4 dakikadan 2,5 dakikaya indi.

## Yayalar da unutulmadı

Sistem yalnızca araçları değil, yayaları da hesaba katıyor. Yaya geçidinde bekleyen kişi sayısı arttığında yeşil yaya ışığı daha erken yanıyor.

Yeni düzende:

- ambulans ve itfaiye araçlarına öncelik veriliyor;
- okul çıkış saatlerinde yaya süreleri uzatılıyor;
- arıza durumunda ışıklar eski sabit programa dönüyor.

## Kayıtlar saklanmıyor

Belediye, kameraların plaka ya da yüz kaydı yapmadığını, görüntülerin yalnızca araç ve yaya sayımı için kullanıldığını açıkladı.

"Kimseyi izlemiyoruz, sadece sayıyoruz," dedi Ulaştırma Dairesi Başkanı Nermin Aksoy.

Sürücüler ise ilk günlerde kafa karışıklığı yaşadığını söylüyor. Taksici Mehmet Aydın, "Işık her seferinde farklı sürede yanınca alışmak zaman aldı," diye konuştu.

Takip edilecek ikinci aşamada sistemin 30 kavşağa daha genişletilmesi planlanıyor. Belediye, bu konuda Karayolları Bölge Müdürlüğü ile iletişim halinde olduğunu bildirdi.

Sistemin toplam maliyeti 12 milyon lira.
"""),

dict(id="h21-tr-003", lang="tr", tpl="webflow", section="Ulaşım", date="2026-09-24", byline="Derya Karakuş",
     title="Halk otobüslerinde nakit dönemi sona eriyor",
     sub="1 Ekim'den itibaren Gölbaşı'ndaki halk otobüslerine yalnızca kartla ya da telefonla binilebilecek.",
     caption="Gölbaşı Terminali'ndeki kart dolum makinesinin önünde sıra.", credit="Fotoğraf: Derya Karakuş",
     body="""
Gölbaşı'nda halk otobüslerinde nakit ödeme 1 Ekim'den itibaren tamamen kaldırılıyor. Yolcular bundan sonra yalnızca kent kartıyla, banka kartıyla ya da telefonlarındaki uygulamayla ödeme yapabilecek.

Belediye, şoförlerin para üstü vermekle uğraşmasının seferleri geciktirdiğini, nakit taşımanın da güvenlik riski oluşturduğunu söylüyor.

## Kart nereden alınır?

Kent kartı şu noktalardan alınabiliyor:

- merkez terminal ve hastane önündeki dolum makineleri;
- 48 anlaşmalı büfe ve market;
- belediyenin mobil uygulaması.

Öğrenciler, 65 yaş üstü yolcular ve engelliler için indirimli aylık abonman kartı da 250 liradan satışa çıktı. Abonman sahipleri ay boyunca sınırsız binebilecek.

Abone olmak isteyen öğrenciler, okul belgesiyle terminaldeki kart merkezine başvurabilecek.

## "Yaşlılar zorlanacak"

Kararı eleştirenler de var. Emekliler Derneği Başkanı Hüsnü Kara, akıllı telefonu olmayan yaşlıların mağdur olacağını söyledi.

"Herkesin cebinde telefon yok," dedi Kara.

Belediye, ilk ay boyunca terminallerde görevli bulunduracağını ve kart almak isteyen yaşlılara yardım edileceğini açıkladı. Belediyenin e-bültenine kayıtlı 12 bin kişiye de bilgilendirme e-postası gönderildi.

"Nakit dönemi sona eriyor ama kimse durakta kalmayacak," dedi Ulaşım Müdürü Caner Baysal.

Nakit kabul eden son otobüs 30 Eylül gecesi saat 23.30'da kalkacak.
"""),

dict(id="h21-de-001", lang="de", tpl="typo3", site="Gemeinde Rottenbach", section="Bürgerservice", date="2026-01-27",
     byline="Sabine Kreuzer",
     title="Wahlhelferinnen und Wahlhelfer für die Kommunalwahl gesucht",
     sub="Für die zwölf Wahllokale fehlen noch 35 Freiwillige. Es gibt ein Erfrischungsgeld von 60 Euro.",
     caption="Das Rathaus Rottenbach, in dem auch der Briefwahlvorstand tagt.", credit="Foto: Gemeinde Rottenbach",
     body="""
Für die Kommunalwahl am 8. März sucht die Gemeinde Rottenbach noch Wahlhelferinnen und Wahlhelfer. In den zwölf Wahllokalen und den zwei Briefwahlvorständen werden insgesamt 130 Menschen gebraucht, 35 Plätze sind noch frei.

„Ohne Ehrenamtliche gäbe es keine Wahl“, sagt Bürgermeister Jörg Albrecht.

## Was Wahlhelfer tun

Die Wahlvorstände sorgen am Wahlsonntag für einen reibungslosen Ablauf. Zu ihren Aufgaben gehören:

- die Ausgabe der Stimmzettel und der Abgleich mit dem Wählerverzeichnis;
- die Aufsicht im Wahlraum;
- das Auszählen der Stimmen nach 18 Uhr.

Wer mitmacht, bekommt ein Erfrischungsgeld von 60 Euro, Schriftführer und Vorsitzende erhalten 80 Euro. Vorher gibt es eine zweistündige Schulung im Rathaus.

## Wer sich melden kann

Mithelfen kann, wer in Rottenbach wahlberechtigt ist. Erfahrung ist nicht nötig.

Für die Aufnahme in die Kartei der Wahlhelfer braucht die Gemeinde die Einwilligung der Freiwilligen, ihre Daten auch für künftige Wahlen zu speichern. Die Einwilligung kann jederzeit widerrufen werden.

Lesen Sie vorher das Merkblatt aus dem Bürgerbüro, rät Wahlleiterin Petra Hoyer, dann gebe es am Wahltag keine Überraschungen.

„Beim ersten Mal sind alle nervös“, sagt sie. „Das legt sich nach einer Stunde.“

## So melden Sie sich an

Interessierte melden sich bis 6. Februar im Bürgerbüro, Telefon 07391 880-120. Wer den Newsletter der Gemeinde bezieht, findet dort auch die Einsatzzeiten der einzelnen Wahllokale.
"""),

dict(id="h21-de-002", lang="de", tpl="sanity", section="Verbraucher", date="2026-06-23", byline="Anja Lechner",
     title="Landgericht: Bäckerei darf Cookies nicht als „zuckerfrei“ bewerben",
     sub="Die Kekse enthielten zwar keinen Haushaltszucker, dafür aber Dattelsirup. Ein Verbraucherverein hatte geklagt.",
     caption="Die beanstandeten Cookies in der Auslage der Filiale am Marktplatz.", credit="Foto: Anja Lechner",
     body="""
Eine Bäckereikette aus Neustadt an der Aller darf ihre Haferflocken-Cookies nicht länger als „zuckerfrei“ bewerben. Das hat das Landgericht Verden entschieden und damit einer Klage des Verbraucherschutzvereins Nord stattgegeben.

Die Backstube Lamprecht verkauft die Cookies in ihren elf Filialen und im Onlineshop für 2,20 Euro das Stück. Auf Tafeln, Tüten und auf ihrer Instagram-Seite warb sie mit „ohne Zucker“ und „zuckerfrei“.

## Süße aus Datteln

Tatsächlich enthalten die Kekse keinen Haushaltszucker. Gesüßt werden sie aber mit Dattelsirup, der zu einem großen Teil aus Zucker besteht.

Nach EU-Recht darf ein Lebensmittel nur dann als zuckerfrei bezeichnet werden, wenn es höchstens 0,5 Gramm Zucker pro 100 Gramm enthält. Ein Labor fand in den Cookies 21 Gramm.

„Der Kunde denkt an Diabetiker-Gebäck und bekommt ein ganz normales Plätzchen“, sagte eine Sprecherin des Vereins.

## Was die Bäckerei jetzt ändern muss

Die Bäckerei muss:

- den Hinweis von allen Verpackungen und Preisschildern entfernen;
- die Werbung auf ihrer Website und in sozialen Netzwerken löschen;
- die Kosten des Rechtsstreits übernehmen.

Abonnenten der Bäckerei auf Instagram hatten den Verein auf die Werbung aufmerksam gemacht, nachdem ein Kunde mit Diabetes nach dem Verzehr über hohe Blutzuckerwerte geklagt hatte.

## Keine Berufung

Inhaber Martin Lamprecht sagte, er habe die Rechtslage schlicht nicht gekannt.

„Wir backen gut, aber von Juristerei verstehen wir nichts.“

Die Cookies will er weiter verkaufen, künftig mit dem Hinweis „mit Dattelsüße“.
"""),

dict(id="h21-de-003", lang="de", tpl="wix", site="Angelsportverein Mühlbach von 1962", section="Aus dem Verein",
     date="2026-10-10", byline="Uwe Kettler",
     title="2000 junge Karpfen für den Mühlenweiher",
     sub="Der größte Fischbesatz in der Geschichte des Vereins: 18 Helfer, zwei Transporter, ein langer Samstag.",
     caption="Jugendwartin Lena Brandl beim Einsetzen der ersten Karpfen.", credit="Foto: Uwe Kettler",
     body="""
Am vergangenen Samstag haben wir 2000 junge Karpfen und 300 Schleien in den Mühlenweiher eingesetzt. Es war der größte Besatz in der Geschichte unseres Vereins.

Die Fische stammen aus einer Teichwirtschaft in der Oberpfalz und wurden in zwei Transportern mit Sauerstoffbecken angeliefert. Zwölf Mitglieder und sechs Jugendliche halfen beim Umsetzen.

„So viele Helfer hatten wir noch nie“, sagte unser Gewässerwart Karl Reindl.

## Warum der Besatz nötig war

Nach dem trockenen Sommer 2025 war der Weiher stark abgesunken, im August sind viele Fische verendet. Wir standen damals mit der Fischereifachberatung des Bezirks in Kontakt, die uns beim Besatzplan beraten hat.

Bezahlt wurde der Besatz:

- zur Hälfte aus der Vereinskasse;
- mit 1800 Euro Zuschuss vom Landesfischereiverband;
- mit Spenden vom Sommerfest.

## Was jetzt gilt

Damit sich die jungen Fische entwickeln können, gilt am Mühlenweiher bis Ende Mai 2027 ein Entnahmeverbot für Karpfen. Gefangene Karpfen müssen schonend zurückgesetzt werden.

Teilt bitte eure Fänge weiterhin im Fangbuch am Vereinsheim mit – nur so sehen wir, wie gut sich der Besatz entwickelt.

## Fotos vom Besatztag

Fotos vom Besatztag zeigen wir bei der Mitgliederversammlung im November. Wer auf den Bildern nicht erscheinen möchte, sagt bitte dem Vorstand Bescheid.

„2000 junge Karpfen auf einmal, so etwas hat der Mühlenweiher noch nie erlebt“, sagte Reindl.
"""),

dict(id="h21-fr-001", lang="fr", tpl="tilda", section="Alimentation", date="2026-05-28", byline="Léa Garnier",
     title="Une ferme maraîchère pousse sur le toit du supermarché de l'avenue de la Gare",
     sub="Mille mètres carrés de salades, de tomates et d'herbes aromatiques, vendus au rez-de-chaussée.",
     caption="Les premiers bacs de culture sur le toit du magasin.", credit="Photo : Léa Garnier",
     body="""
Depuis le début du mois, des salades poussent à dix mètres au-dessus des caddies. Une ferme maraîchère de 1 000 mètres carrés a été aménagée sur le toit du supermarché de l'avenue de la Gare, à Montbrison-le-Vieux.

Le projet est porté par deux jeunes maraîchers, Inès Roussel et Hugo Ferrand, qui louent le toit pour un euro symbolique. Leurs légumes sont vendus directement dans le magasin, au rayon fruits et légumes.

« Entre la récolte et l'étal, il y a un ascenseur », sourit Inès Roussel.

## Ce qui pousse là-haut

Les deux associés cultivent dans des bacs remplis de compost local :

- une quinzaine de variétés de salades ;
- des tomates anciennes et des poivrons ;
- des herbes aromatiques, dont le basilic et la coriandre.

L'eau de pluie est récupérée sur le toit et stockée dans deux cuves de 20 000 litres.

## Des paniers sur abonnement

En plus de la vente en magasin, les maraîchers proposent un abonnement à des paniers hebdomadaires à 15 euros, à retirer à l'accueil du supermarché. Une soixantaine de familles se sont déjà inscrites et reçoivent chaque mercredi une lettre d'information avec le contenu du panier.

Le directeur du magasin, Patrick Lemoine, dit être en contact avec d'autres enseignes de la région, intéressées par l'idée.

Suivez le petit escalier métallique derrière la réserve et vous arrivez dans un autre monde : bourdonnements, odeur de tomate et vue sur les monts du Forez.

« On a même vu passer un faucon », raconte Hugo Ferrand.
"""),

dict(id="h21-fr-002", lang="fr", tpl="k2", section="Consommation", date="2026-11-18", byline="Baptiste Rouquayrol",
     title="Démarchage téléphonique : une mutuelle sanctionnée pour des appels passés sans consentement",
     sub="La CNIL inflige 180 000 euros d'amende à Mutuelle Horizon Santé, qui achetait des fichiers de prospects.",
     caption="Le siège de Mutuelle Horizon Santé, à Rodez.", credit="Photo : Baptiste Rouquayrol",
     body="""
La Commission nationale de l'informatique et des libertés (CNIL) a infligé une amende de 180 000 euros à Mutuelle Horizon Santé, basée à Rodez, pour des appels de démarchage passés à des personnes qui n'avaient jamais donné leur consentement.

Entre 2023 et 2025, la mutuelle a acheté plusieurs fichiers de numéros de téléphone à des sociétés spécialisées. Ces fichiers étaient alimentés par des jeux-concours en ligne et des formulaires de comparateurs d'assurance.

## Un consentement jamais recueilli

Selon la CNIL, les personnes concernées avaient bien coché une case, mais celle-ci ne mentionnait ni la mutuelle ni le démarchage téléphonique. Certains de ces sites déposaient en outre des cookies publicitaires avant même que l'internaute ait pu accepter ou refuser.

« Cocher une case pour gagner un robot ménager ne revient pas à accepter les appels d'une mutuelle », écrit la commission.

## Plus de 400 plaintes

Au total, plus de 400 personnes avaient porté plainte. Parmi elles, Monique Vayssac, 77 ans, qui recevait jusqu'à trois appels par jour.

« Je ne décrochais plus le téléphone, même pour ma fille. »

La mutuelle doit désormais :

- supprimer les numéros obtenus sans consentement valable ;
- vérifier la provenance de tout fichier acheté ;
- tenir un registre des oppositions au démarchage.

## La mutuelle conteste

Mutuelle Horizon Santé indique qu'elle a « fait confiance à ses fournisseurs » et envisage un recours devant le Conseil d'État. Elle assure être en contact avec la CNIL pour mettre en place les corrections demandées.

Lisez le règlement avant de participer à un jeu-concours, rappelle l'association de consommateurs de l'Aveyron : c'est souvent là que se cache l'accord pour être rappelé.
"""),

dict(id="h21-fr-003", lang="fr", tpl="blox", section="Sports", date="2026-06-02", byline="Thierry Bousquet",
     title="Course d'orientation : à 16 ans, Maëlle Durand championne de France",
     sub="La licenciée du club de Saint-Affrique s'est imposée en forêt de Fontainebleau, devant des concurrentes plus âgées.",
     caption="Maëlle Durand à l'arrivée, carte à la main.", credit="Photo : Thierry Bousquet",
     body="""
À 16 ans, Maëlle Durand est devenue championne de France de course d'orientation sur moyenne distance, dimanche, en forêt de Fontainebleau. La licenciée de l'Orientation Club saint-affricain a bouclé le parcours en 38 minutes et 12 secondes.

Elle devance de 47 secondes une concurrente de 19 ans, dans une catégorie qui réunissait les coureuses de 16 à 20 ans.

« Je n'ai fait aucune erreur de carte, c'est la première fois », explique-t-elle.

## Une carte, une boussole, et courir

La course d'orientation consiste à rejoindre, dans l'ordre, une série de balises placées en forêt, à l'aide d'une carte et d'une boussole. Le GPS est interdit.

Pour progresser, Maëlle s'entraîne quatre fois par semaine :

- deux séances de course en côte ;
- une séance de lecture de carte avec son entraîneur ;
- une course le week-end, souvent en Aveyron ou dans l'Hérault.

## Un club de 60 licenciés

Le club saint-affricain ne compte qu'une soixantaine de licenciés. Son président, Gilles Roques, n'en revient toujours pas.

« On est un petit club, on vit des cotisations et d'une tombola », dit-il.

Écouter Maëlle raconter sa course, c'est découvrir un sport qui se joue autant dans la tête que dans les jambes. Dans les rochers, dit-elle, il faut lire la carte sans jamais s'arrêter.

## Prochaine étape : l'équipe de France

Ses résultats pourraient lui ouvrir les portes de l'équipe de France jeunes pour les championnats d'Europe, en Suède, à l'automne. La sélection sera annoncée fin juin.

« Championne de France à 16 ans, je n'arrive pas encore à y croire », confie-t-elle.

Les photos de la course, prises par les bénévoles du club, sont exposées jusqu'au 15 juin à la médiathèque.
"""),

dict(id="h21-es-001", lang="es", tpl="elementor", site="La Voz del Arcipreste", section="Comarca", date="2026-03-24",
     byline="Rocío Montañés",
     title="Las clarisas de Villanueva del Arcipreste venden sus galletas por internet",
     sub="El convento, con nueve hermanas, estrena tienda en línea para vender sus pastas y sus cookies de almendra en toda España.",
     caption="Sor Inés prepara una bandeja de galletas en el obrador del convento.", credit="Foto: Rocío Montañés",
     body="""
El obrador del convento de las clarisas de Villanueva del Arcipreste, que durante décadas solo vendía sus dulces a través del torno, ha dado el salto a internet. Desde este mes, cualquiera puede encargar sus galletas desde casa y recibirlas en toda la Península en 48 horas.

Las nueve monjas que viven en el convento elaboran cada semana unos 200 kilos de pastas. Las más vendidas son las cookies de almendra y chocolate, una receta que sor Inés, la más joven de la comunidad, adaptó hace tres años.

"Las cookies las pidieron los chavales del pueblo, y se quedaron", cuenta la abadesa, sor María Jesús.

## Una tienda hecha por voluntarios

La tienda en línea la ha montado de forma gratuita un grupo de antiguos alumnos del instituto del pueblo. La web pide el consentimiento de los compradores antes de guardar sus datos y no usa cookies publicitarias, explica uno de ellos, Álvaro Sanz.

En la tienda se pueden comprar:

- cajas de pastas de medio kilo y de un kilo;
- las cookies de almendra, en paquetes de doce;
- mantecados, solo en Navidad.

## Una caja cada mes

Suscribirse a la caja mensual, con una selección de dulces de temporada, cuesta 18 euros al mes más el envío. En las dos primeras semanas se han apuntado 140 personas.

"Nos escriben de Cádiz, de Girona, hasta de Francia", dice sor María Jesús.

## El torno sigue abierto

Quien prefiera comprar a la antigua puede seguir haciéndolo en el torno del convento, de lunes a sábado por la mañana. Allí, las galletas se venden como siempre: sin ver la cara de quien las entrega.

"Las galletas por internet están bien, pero el torno no lo cerramos", asegura la abadesa.
"""),

dict(id="h21-es-002", lang="es", tpl="brightspot", section="Tribunales", date="2026-10-06", byline="Marcos Ibarra",
     title="Una operadora deberá devolver 640 euros por una suscripción de SMS que el cliente nunca pidió",
     sub="El usuario pagó durante tres años un servicio de horóscopos y juegos que se activó al pulsar un anuncio.",
     caption="Las facturas que el afectado aportó al juicio.", credit="Foto: Marcos Ibarra",
     body="""
El Juzgado de Primera Instancia número 3 de Talavera ha condenado a la operadora Movilnet a devolver 640 euros a un cliente al que cobró durante tres años una suscripción a mensajes de tarificación adicional que nunca contrató.

El afectado, un jubilado de 71 años, descubrió el cargo al revisar con su hija las facturas del móvil. Cada semana pagaba 4,10 euros por un servicio de horóscopos, juegos y fondos de pantalla.

"Yo ni sé lo que es un fondo de pantalla", declaró el hombre en el juicio.

## Un clic en un anuncio

Según la sentencia, la suscripción se activó cuando el cliente pulsó sin querer un anuncio mientras leía la prensa en el móvil. No recibió ningún mensaje de confirmación ni dio su consentimiento expreso, como exige la normativa.

La jueza considera que la operadora, que cobraba el servicio en su factura y se quedaba una parte del dinero, debía haber comprobado que el cliente había aceptado el alta.

## Qué hacer si le ocurre

La asociación de consumidores que asesoró al afectado recomienda:

- revisar las facturas en busca de conceptos como "servicios de terceros" o "SMS premium";
- pedir a la operadora que bloquee todos los servicios de tarificación adicional;
- reclamar por escrito la devolución de lo cobrado.

Lee la factura completa y no solo el total, insiste su portavoz, Laura Menéndez: muchos cargos se esconden en la segunda o la tercera página.

## La operadora recurrirá

Movilnet ha anunciado que recurrirá la sentencia. Fuentes de la compañía aseguran que están en contacto con el proveedor del servicio para aclarar cómo se produjo el alta.

"Si me hubieran preguntado, habría dicho que no", resume el jubilado.
"""),

dict(id="h21-es-003", lang="es", tpl="fusion", section="Economía", date="2026-02-12", byline="Iván Castrillo",
     title="La lonja de Puerto Alfaraz estrena la subasta de pescado por internet",
     sub="Compradores de toda España podrán pujar desde el móvil por las capturas de la flota de bajura.",
     standfirst="Compradores de toda España podrán pujar desde el móvil por las capturas de la flota de bajura.",
     caption="Cajas de merluza en la nave de subastas de la lonja.", credit="Foto: Iván Castrillo",
     body="""
La lonja de Puerto Alfaraz ha estrenado esta semana un sistema de subasta electrónica que permite a los compradores pujar por el pescado desde cualquier lugar, sin necesidad de estar en la nave.

Hasta ahora, las capturas de los 34 barcos de bajura del puerto solo podían comprarlas los mayoristas presentes en la subasta de las cinco de la tarde. Ahora pujan también pescaderías y restaurantes de Madrid, Zaragoza o Valladolid.

"El primer día entraron compradores de once provincias", explica el gerente de la lonja, Rafael Otero.

## Pujar desde el móvil

Cada caja se pesa, se fotografía y se etiqueta antes de salir a subasta. El comprador ve en la pantalla:

- la especie, el peso y el barco que la ha capturado;
- la hora de captura;
- una fotografía de la caja.

La puja es a la baja, como en la subasta tradicional: el precio empieza alto y va bajando hasta que alguien pulsa el botón.

## Mejores precios para la flota

En los primeros días, el precio medio de la merluza ha subido un 12 % respecto a la misma semana del año pasado. La cofradía atribuye la subida a la llegada de nuevos compradores.

"Más gente pujando es mejor precio para el marinero", resume su patrón mayor, Andrés Bouzas.

Sigue habiendo, eso sí, quien prefiere ver el género con sus propios ojos. Los mayoristas de siempre continúan acudiendo cada tarde a la nave.

La lonja publica cada mañana un boletín con los precios medios del día anterior, que ahora también se puede recibir por correo electrónico.
"""),

dict(id="h21-ru-001", lang="ru", tpl="dle", site="Ключевский портал", section="Город", date="2026-01-09",
     byline="Анна Шестакова",
     title="Ёлки после праздников примут на переработку в пяти точках города",
     sub="Из сданных деревьев сделают щепу для городских парков и клумб.",
     caption="Пункт приёма ёлок у парка «Берёзки».", credit="Фото: Анна Шестакова",
     body="""
С 10 по 31 января в Ключевске пройдёт акция «Ёлочный круговорот»: жители смогут бесплатно сдать отслужившие новогодние ели и сосны на переработку. Из деревьев сделают щепу для городских парков.

Акцию проводят городское управление благоустройства и волонтёрский центр «Зелёный Ключ». В прошлом году горожане сдали почти 1900 деревьев.

«Ёлка, выброшенная у мусорного бака, — это просто мусор. Сданная нам — это мульча для клумб», — говорит координатор акции Ирина Седова.

## Куда нести

Пункты приёма откроются по адресам:

- парк «Берёзки», вход со стороны улицы Мира;
- сквер у Дворца культуры;
- двор школы № 7;
- площадка у рынка на Заводской улице;
- стоянка у торгового центра «Север».

## Что нужно знать

Принимают только живые деревья без игрушек, мишуры, гвоздей и подставок. Искусственные ёлки сдать не получится.

Щепу весной разложат под кустами в парках и на детских площадках. Она сохраняет влагу и защищает корни от сорняков.

Следите за новостями в сообществе волонтёрского центра, на которое подписаны больше шести тысяч горожан: если ёлок окажется много, организаторы добавят дни приёма.

## Чай для тех, кто пришёл

В выходные на пунктах в парке и у Дворца культуры волонтёры будут угощать горячим чаем и печеньем.

«Приходите всей семьёй, это быстро и приятно», — приглашает Седова.
"""),

dict(id="h21-ru-002", lang="ru", tpl="broadcaster", section="Общество", date="2026-05-15", byline="Егор Лаптев",
     title="На Каме открылась навигация: первый теплоход ушёл в Сарапулку",
     sub="Речной трамвай будет ходить трижды в день до конца сентября.",
     caption="Теплоход «Заря» у городского причала утром 15 мая.", credit="Фото: Егор Лаптев",
     watch=["Первый рейс сезона: видео с борта теплохода", "Капитан рассказывает, как судно готовили к навигации"],
     body="""
Пассажирская навигация на Каме открылась в пятницу: в 8:30 от городского причала отошёл теплоход «Заря», который до конца сентября будет возить пассажиров в приречные сёла.

Первым рейсом воспользовались около 80 человек — в основном дачники с рассадой и рыбаки.

«Всю зиму ждали, на автобусе до Сарапулки полтора часа по ухабам», — говорит пенсионерка Валентина Ковалёва.

## Расписание и цены

Теплоход будет ходить так:

- по маршруту городской причал — Сарапулка — Верхние Луды;
- три рейса в день, в 8:30, 13:00 и 17:30;
- по выходным добавится вечерний рейс.

Билет в один конец стоит 180 рублей, для пенсионеров и школьников — 90 рублей. Провоз велосипеда бесплатный.

## Судно после ремонта

Зимой «Заря» прошла ремонт двигателя и получила новые спасательные жилеты. Речной регистр допустил судно к эксплуатации в начале мая.

Капитан Сергей Бахтин говорит, что экипаж всё время находится на связи с диспетчером порта и со спасателями.

«Река в этом году высокая, течение сильное, но для нас это нормально», — объясняет он.

Послушайте старожилов Сарапулки — и узнаете, что когда-то по Каме ходило по десять рейсов в день. Теперь и три считаются удачей.

Расписание можно посмотреть на сайте перевозчика и на стенде у причала. Об изменениях перевозчик обещает предупреждать подписчиков своей рассылки в мессенджере.
"""),

dict(id="h21-ru-003", lang="ru", tpl="amp", section="Культура", date="2026-04-03", byline="Мария Дроздова",
     title="Народный театр из Лесновки впервые выступит на всероссийском фестивале",
     sub="Труппа из 14 человек повезёт в Ярославль спектакль по рассказам Шукшина.",
     caption="Репетиция спектакля «Чудики» в сельском доме культуры.", credit="Фото: Мария Дроздова",
     body="""
Народный театр «Околица» из села Лесновка отобран для участия во всероссийском фестивале любительских театров в Ярославле. Коллектив покажет спектакль «Чудики» по рассказам Василия Шукшина.

В труппе 14 человек: доярка, два учителя, фельдшер, водитель школьного автобуса и школьники. Репетируют по вечерам, после работы, на сцене сельского дома культуры.

«Впервые выступить на всероссийском фестивале — для деревенского театра это как для футболистов выйти в финал», — говорит режиссёр Нина Горбунова.

## Дорога до Ярославля

Чтобы поехать на фестиваль, театру нужно собрать около 120 тысяч рублей. Деньги пойдут на:

- аренду автобуса;
- перевозку декораций;
- проживание на три ночи.

Часть суммы выделила администрация района, остальное собирают всем селом.

## Сбор в соцсетях

Подписчики страницы театра во «ВКонтакте» за неделю перевели 38 тысяч рублей. Подписаться на страницу стоит всем, кто хочет следить за подготовкой к поездке: артисты выкладывают видео с репетиций.

Для съёмок детей театр заранее получил письменное согласие родителей.

## «Главное — не забыть текст»

Самому юному актёру, Егору, 11 лет. Он играет сына главного героя.

«Главное — не забыть текст», — признаётся он.

Фестиваль пройдёт с 20 по 24 мая. Свои фотографии со спектакля «Околица» обещает выложить сразу после выступления.
"""),
]
