# Turkish, German, French, Spanish and Russian stories for the twenty-second held-out part (h22-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and extra fields as in articles_h22_en.py
# (standfirst: the chunks lead).
ARTICLES = [
dict(id="h22-tr-001", lang="tr", tpl="ucoz", site="Karaağaç Köyü", section="Köyden haberler", date="2026-11-03",
     byline="Köy Derneği",
     title="WhatsApp grubunda başlayan fikir köy meydanını aydınlattı",
     sub="Gurbetteki hemşehrilerimizin katkısıyla meydana ve cami yoluna 12 güneş enerjili lamba takıldı.",
     caption="Meydandaki yeni lambalar ilk akşam.", credit="Fotoğraf: Sinan Aydemir",
     body="""
Köyümüzün meydanı ve camiye çıkan yokuş artık geceleri karanlık değil. Geçen hafta 12 güneş enerjili sokak lambası takıldı ve ilk kez cuma akşamı yandı.

Fikir, köyün WhatsApp grubunda ortaya çıktı. Kış akşamları yokuşta düşen iki yaşlımızın haberi gruba yazılınca, Almanya'da yaşayan hemşehrimiz Hüseyin Koç "Lambaları biz alalım" diye yazdı.

## Para nasıl toplandı?

Grupta 180 kişi var; yarısı köyde, yarısı şehirde ya da yurt dışında yaşıyor. Üç haftada toplam 96 bin lira toplandı. Paranın dağılımı şöyle:

- lambalar ve direkler için 78 bin lira;
- montaj ve beton için 12 bin lira;
- yedek aküler için 6 bin lira.

Direklerin çukurlarını köyün gençleri imeceyle kazdı. Montajı ilçeden gelen iki usta yaptı.

"WhatsApp grubunda başlayan bir fikirdi, köyün fikri oldu," dedi Hüseyin Koç.

## Belediyeyle iletişim halindeyiz

Muhtarımız Ramazan Er, lambaların bakımını kimin üstleneceği konusunda ilçe belediyesiyle iletişim halinde olduklarını söyledi. Şimdilik bir arıza olursa gruba yazmak yeterli.

Takip eden aylarda okul yoluna da altı lamba takılması planlanıyor. Bunun için yeni bağış listesi gruba gönderildi.

Meydandaki ilk akşamın fotoğraflarını Sinan Aydemir çekti; fotoğraflar derneğin panosuna asıldı.

"Artık akşam namazına el feneriyle gitmiyoruz," dedi köyün en yaşlısı, 88 yaşındaki Zehra Nine.
"""),

dict(id="h22-tr-002", lang="tr", tpl="portal", section="Ekonomi", date="2026-05-26", byline="Gökhan Sarıkaya",
     title="Bayram öncesi çerez fiyatları yüzde 25 arttı",
     sub="En büyük artış Antep fıstığında; esnaf satışların düştüğünü söylüyor.",
     caption="Uzun Çarşı'da bir kuruyemiş tezgâhı.", credit="Fotoğraf: Gökhan Sarıkaya",
     low=1, only=["correction"],
     correction="Düzeltme: Haberin ilk halinde Kuruyemişçiler Odası başkanının soyadı yanlış yazılmıştı; düzelttik.",
     body="""
Kurban Bayramı'na iki hafta kala çerez fiyatları geçen yılın aynı dönemine göre ortalama yüzde 25 arttı. Kuruyemişçiler Odası'nın açıkladığı rakamlara göre en büyük artış Antep fıstığında görüldü.

## Hangi çerez ne kadar?

Oda Başkanı Nurettin Çalışkan, kent merkezindeki tezgâhlarda kilogram fiyatlarının şöyle olduğunu söyledi:

- kavrulmuş Antep fıstığı 1.150 lira;
- iç fındık 720 lira;
- leblebi 160 lira;
- ay çekirdeği 210 lira.

Çalışkan, artışın başlıca nedenleri olarak kuraklık yüzünden düşen rekolteyi ve yükselen enerji maliyetlerini gösterdi.

"Bayram öncesi çerez fiyatları her yıl artar ama bu yıl müşteri gerçekten zorlanıyor," dedi.

## Esnaf: Satışlar yüzde 30 düştü

Uzun Çarşı'da 40 yıldır kuruyemiş satan Hamdi Özkan, müşterilerin artık kilo yerine yüz gram aldığını söyledi.

"Eskiden bayramlık karışık çerez tepsiyle giderdi, şimdi poşetle gidiyor," dedi Özkan.

Bazı esnaf satışları artırmak için küçük paketlere geçti. Çarşıdaki dükkânların yarısı 250 gramlık karışık paketler hazırlamaya başladı.

Oda, bayramdan sonra talep azalınca fiyatların bir miktar gerileyebileceğini öngörüyor. Ancak fıstıkta yeni hasat gelmeden belirgin bir düşüş beklenmiyor.

Oda, vatandaşlara açıkta satılan ürünlerde etiket fiyatına dikkat etmelerini ve mutlaka fiş istemelerini tavsiye etti.

"Etiketsiz ürün almayın," dedi Çalışkan.
"""),

dict(id="h22-tr-003", lang="tr", tpl="bitrix", section="Yerel", date="2026-11-10", byline="Elif Tunçbilek",
     title="Su idaresi kesinti duyurularını SMS yerine uygulamadan gönderecek",
     sub="Abonelerden kişisel verilerin işlenmesi için ayrıca açık rıza istenecek.",
     caption="Su idaresinin yeni mobil uygulamasının tanıtım toplantısı.", credit="Fotoğraf: Su İdaresi",
     body="""
Kent Su ve Kanalizasyon İdaresi, planlı kesinti ve arıza duyurularını 1 Aralık'tan itibaren SMS yerine mobil uygulama üzerinden bildirim olarak gönderecek.

İdare, yılda yaklaşık 4 milyon SMS için ödediği 1,8 milyon liradan tasarruf etmeyi hedefliyor. Uygulama şimdiye kadar 62 bin kez indirildi.

İdare, değişikliğin ilk ayında abonelerden gelen şikâyetleri ayrı bir raporla kamuoyuna açıklayacağını da duyurdu.

## Abonelerden açık rıza istenecek

Uygulamaya giriş yapan abonelerden, konum ve telefon bilgilerinin işlenmesi için ayrıca açık rıza istenecek. İdare, rıza vermeyen abonelerin kesinti bilgilerini web sitesinden görebileceğini söyledi.

Genel Müdür Yardımcısı Cengiz Aktaş, kişisel verilerin yalnızca kesinti ve arıza bildirimleri için kullanılacağını belirtti.

"Kimsenin verisini reklam için kullanmayacağız," dedi Aktaş.

## Uygulamada neler var?

Uygulama üzerinden aboneler:

- mahallelerindeki kesintileri anlık olarak görebilecek;
- fatura ödeyip sayaç okumalarını kontrol edebilecek;
- sokaktaki arızayı fotoğrafla bildirebilecek.

İndirmek istemeyen ya da akıllı telefonu olmayan aboneler için SMS hizmeti talep üzerine sürecek. Bunun için 185 numaralı çağrı merkezini aramak yeterli.

Tüketici Hakları Derneği ise yaşlı abonelerin değişiklikten mektupla haberdar edilmesi gerektiğini söyledi.

"Annem bu uygulamayı asla indirmez," dedi dernek üyesi Serpil Kaya.
"""),

dict(id="h22-de-001", lang="de", tpl="drupal", section="Region", date="2026-08-14", byline="Miriam Lohse",
     title="Mitfahrbänke in vier Dörfern: Eine WhatsApp-Gruppe sorgt für den Anschluss",
     sub="Wer auf der Bank sitzt, will mit. Wer vorbeifährt, meldet sich in der Gruppe.",
     caption="Die neue Mitfahrbank am Ortseingang von Riedhof.", credit="Foto: Miriam Lohse",
     body="""
In Kaltenbrunn, Riedhof, Sankt Veit und Ebersdorf stehen seit dieser Woche knallgelbe Bänke an den Ortseingängen. Wer sich daraufsetzt und ein Schild mit seinem Ziel aufklappt, hofft auf eine Mitfahrgelegenheit in die Kreisstadt.

Neu ist, dass die Bänke nicht allein auf den Zufall setzen. Eine WhatsApp-Gruppe mit inzwischen 230 Mitgliedern bringt Wartende und Fahrer zusammen.

## So funktioniert es

Wer mitfahren möchte, schreibt kurz in die Gruppe, an welcher Bank er sitzt und wohin er will. Fahrerinnen und Fahrer, die ohnehin unterwegs sind, antworten mit einem Daumen.

Die Initiative hat drei einfache Regeln aufgestellt:

- mitgenommen wird nur, wer auf einer der Bänke sitzt;
- Kinder unter 14 Jahren fahren nicht allein mit;
- Geld wird nicht verlangt.

„Die Bank ist das Versprechen, die Gruppe sorgt für den Anschluss“, sagt Gudrun Petz, die das Projekt im Frühjahr angestoßen hat.

## Die Gemeinde zahlt die Bänke

Die vier Bänke haben zusammen 3.200 Euro gekostet, die Gemeinde hat sie bezahlt. Bürgermeister Anton Weiß sagt, man sei mit dem Landkreis in Kontakt, um weitere Bänke an Haltestellen aufzustellen, an denen der Bus nur zweimal am Tag hält.

Folgen sollen nach den Sommerferien zwei weitere Dörfer. Fotos der ersten Fahrten haben Mitglieder in die Gruppe gestellt, die meisten davon Selfies vom Beifahrersitz.

„Früher habe ich eine Stunde auf den Bus gewartet, heute vier Minuten auf den Nachbarn“, sagt die 79-jährige Rosa Lindner.
"""),

dict(id="h22-de-002", lang="de", tpl="legacy-br", section="Lokales", date="2026-01-20", byline="Henning Brandt",
     title="Redaktion zieht ins alte Rathaus und eröffnet ein Lesercafé",
     sub="Ab März arbeiten die Reporter am Marktplatz, mit offener Tür.",
     caption="Das alte Rathaus am Marktplatz, künftig Sitz der Lokalredaktion.", credit="Foto: Carla Wendt",
     body="""
Die Lokalredaktion des Kreisboten zieht im März ins alte Rathaus am Marktplatz. Im Erdgeschoss eröffnet die Zeitung zugleich ein Lesercafé, in dem Leserinnen und Leser mit Reporterinnen und Reportern ins Gespräch kommen können.

Die Redaktion arbeitet bisher in einem Gewerbegebiet am Stadtrand. „Wer uns etwas erzählen wollte, musste erst einmal ein Taxi nehmen“, sagt Redaktionsleiterin Sabine Achterberg.

## Kaffee, Zeitungen und eine offene Tür

Das Café soll dienstags bis samstags von 9 bis 17 Uhr geöffnet sein. Geplant sind:

- eine Sprechstunde der Redaktion an jedem Donnerstag;
- ein Archivregal mit gebundenen Jahrgängen seit 1949;
- Lesungen und Diskussionsabende einmal im Monat.

Lesen kann man im Café alle Tageszeitungen aus der Region, nicht nur den Kreisboten. Abonnentinnen und Abonnenten bekommen den Kaffee zum halben Preis.

Den Termin der ersten Lesung verschickt die Redaktion mit ihrem Newsletter.

## Die Stadt vermietet günstig

Die Stadt vermietet das Erdgeschoss und den ersten Stock für zehn Jahre. Der Stadtrat hatte im Dezember zugestimmt, mit zwei Gegenstimmen.

„Ein Rathaus, in dem wieder geredet wird, ist kein schlechter Gedanke“, sagte Bürgermeister Jens Hüttemann.

Für die zwölf Reporterinnen, Reporter und Fotografen der Redaktion ist der Umzug auch ein Wagnis. Sie wollen künftig einen Teil ihrer Texte im Café schreiben, mit aufgeklappten Laptops.

„Dann sieht man wenigstens, dass wir arbeiten“, sagte Fotograf Lukas Brenner.
"""),

dict(id="h22-de-003", lang="de", tpl="gutenberg", section="Verbraucher", date="2026-09-29", byline="Tobias Reinhold",
     title="Datenschutzbehörde: E-Scooter-Verleiher muss vor dem Standort-Tracking fragen",
     sub="Die App übertrug auch nach Fahrtende, wo sich die Nutzer aufhielten.",
     caption="E-Scooter des Anbieters Flitz am Hauptbahnhof.", credit="Foto: Tobias Reinhold",
     body="""
Der E-Scooter-Verleiher Flitz darf den Standort seiner Kundinnen und Kunden nicht mehr ohne deren ausdrückliche Einwilligung erfassen, wenn sie gerade keinen Roller fahren. Das hat die Landesdatenschutzbeauftragte entschieden und ein Bußgeld von 85.000 Euro verhängt.

Die App des Unternehmens hatte nach Fahrtende noch bis zu 30 Minuten lang den Standort des Handys übertragen. Flitz begründete das mit der Suche nach falsch abgestellten Rollern.

## „Keine echte Wahl“

Die Behörde sieht das anders. Ein Häkchen, das beim Installieren der App schon gesetzt sei, sei keine Einwilligung, heißt es in dem Bescheid.

Außerdem habe die Website des Anbieters Analyse-Cookies gesetzt, bevor Besucher im Cookie-Banner überhaupt etwas auswählen konnten.

„Wer einen Roller mietet, bucht keine Überwachung dazu“, sagte die Datenschutzbeauftragte Ulrike Hansen.

## Was Flitz jetzt ändern muss

Das Unternehmen muss innerhalb von drei Monaten:

- das Standort-Tracking nach Fahrtende abschalten;
- Push-Benachrichtigungen mit Werbung nur noch nach Zustimmung verschicken;
- die bisher gespeicherten Standortdaten löschen;
- den Cookie-Banner überarbeiten.

Flitz kündigte an, den Bescheid zu akzeptieren. Ein Sprecher sagte, man habe die Daten nie verkauft.

Herunterladen lässt sich die App weiterhin, eine überarbeitete Version soll im November erscheinen.

„Ich wollte nur zum Bahnhof“, sagte ein Nutzer, der sich bei der Behörde beschwert hatte.
"""),

dict(id="h22-fr-001", lang="fr", tpl="quintype", section="Société", date="2026-06-16", byline="Solène Marchetti",
     title="Un photographe amateur rend aux familles 200 photos de mariage trouvées dans une brocante",
     sub="Depuis janvier, Gilles Abadie a retrouvé trente familles grâce à un groupe Facebook et beaucoup de patience.",
     caption="Gilles Abadie et une partie des tirages retrouvés, chez lui à Mirabel-sur-Arize.", credit="Photo : Solène Marchetti",
     body="""
Ils dormaient dans une malle en osier, entre une nappe brodée et deux cadres vides. En janvier, à la brocante de Mirabel-sur-Arize, Gilles Abadie, photographe amateur de 67 ans, a acheté le tout pour 15 euros.

À l'intérieur, il a trouvé près de 200 photos de mariage, prises entre 1952 et 1978 par un studio du village fermé depuis longtemps.

« Je me suis dit que quelqu'un, quelque part, cherchait ces visages », raconte-t-il.

## Un groupe Facebook et des dizaines d'appels

Gilles Abadie a d'abord numérisé chaque tirage, puis il a créé un groupe Facebook, « Les mariés de Mirabel », qui compte aujourd'hui 1 400 membres. Chaque semaine, il y publie une dizaine de photos.

Partager une photo suffit souvent : un cousin reconnaît une tante, une voisine se souvient d'une robe. Depuis janvier, trente familles ont été retrouvées.

Il est aussi en contact avec la mairie, qui conserve les registres d'état civil, pour vérifier les dates.

## Des retrouvailles émouvantes

Pour rendre les photos, il s'est fixé quelques règles :

- il remet les originaux en main propre ;
- il ne les envoie jamais par la poste ;
- il garde une copie numérique, avec l'accord des familles.

Marie-Claude Rességuier, 81 ans, a ainsi récupéré la photo de son propre mariage, célébré en 1966. Elle n'en possédait aucune.

« J'avais oublié que mon mari avait des cheveux », plaisante-t-elle.

Il reste environ 120 photos à rendre. Le photographe compte les exposer à la salle des fêtes cet automne.
"""),

dict(id="h22-fr-002", lang="fr", tpl="chunks", section="Économie", date="2026-02-10", byline="Antoine Vidalenc",
     title="La biscuiterie Delmas mise sur ses cookies au sarrasin et embauche six personnes",
     sub="L'entreprise familiale de Vernières vend désormais ses biscuits par abonnement.",
     standfirst="L'entreprise familiale de Vernières vend désormais ses biscuits par abonnement et veut agrandir son atelier.",
     caption="La ligne de cuisson des cookies à la biscuiterie Delmas.", credit="Photo : Biscuiterie Delmas",
     body="""
La biscuiterie Delmas, à Vernières, va embaucher six personnes d'ici l'été. En cause : le succès inattendu de ses cookies au sarrasin, lancés il y a dix-huit mois presque par hasard.

« Au départ, c'était une recette pour écouler un stock de farine », reconnaît Céline Delmas, qui dirige l'entreprise familiale fondée par son grand-père en 1961.

## 40 000 cookies par semaine

L'atelier en produit aujourd'hui 40 000 par semaine, contre 5 000 au lancement. Les cookies sont vendus dans une centaine d'épiceries fines et, depuis septembre, par abonnement.

Pour 19 euros par mois, les abonnés reçoivent une boîte de biscuits à domicile. La formule compte déjà 2 300 abonnés, selon l'entreprise, qui envoie aussi une lettre d'information mensuelle avec ses nouvelles recettes.

« Abonnez-vous une fois, on s'occupe du reste » : le slogan de la formule est imprimé sur chaque boîte, à côté du moulin qui sert de logo à la maison.

## Des recrutements locaux

Les six postes seront tous en CDI :

- quatre opérateurs de production ;
- une personne chargée des expéditions ;
- un commercial pour les épiceries.

La biscuiterie s'est rapprochée de France Travail pour recruter dans le canton. Elle envisage aussi d'agrandir son atelier en 2027.

« On veut que ces cookies au sarrasin restent faits ici, pas ailleurs », insiste Céline Delmas.
"""),

dict(id="h22-fr-003", lang="fr", tpl="nextjs", section="Numérique", date="2026-11-24", byline="Julie Carrasco",
     title="Une commune rappelée à l'ordre pour son application de cantine qui renseignait des annonceurs",
     sub="L'application de réservation des repas contactait des serveurs publicitaires à chaque ouverture.",
     caption="Le restaurant scolaire de l'école Jean-Moulin.", credit="Photo : Julie Carrasco",
     body="""
La CNIL a adressé un rappel à l'ordre à la commune de Montbazin-le-Haut, dont l'application de réservation de cantine transmettait des données des familles à une régie publicitaire sans leur consentement.

Près de 900 familles utilisent l'application, lancée en 2024 pour inscrire les enfants à la cantine et au périscolaire. Un parent, informaticien, a remarqué qu'elle contactait des serveurs publicitaires à chaque ouverture.

## Des cookies avant tout choix

Selon la CNIL, le site de réservation déposait aussi des cookies publicitaires avant que les parents aient pu accepter ou refuser quoi que ce soit dans le bandeau.

« Réserver un repas pour son enfant ne vaut pas consentement à la publicité », souligne la décision.

La commune explique que son prestataire avait intégré un outil de mesure d'audience sans l'en informer.

## Ce qui va changer

La commune doit désormais :

- supprimer les outils publicitaires de l'application ;
- demander le consentement des familles pour toute notification non essentielle ;
- corriger le bandeau cookies du site.

Elle a aussi changé de prestataire pour la rentrée de janvier.

« Nous sommes en contact avec chaque famille concernée », assure l'adjointe au maire, Karine Lafosse.

Écouter les parents aurait suffi, estime Mathieu Ferrand, le père qui a donné l'alerte : « Nous avions posé la question au conseil d'école dès le printemps. »

« On voulait juste réserver des frites le jeudi », résume-t-il.
"""),

dict(id="h22-es-001", lang="es", tpl="elementor", site="Peñarroya Digital", section="Comarca", date="2026-04-08",
     byline="Nuria Calatayud",
     title="Radio Sierra vuelve a emitir gracias a cuarenta voluntarios",
     sub="La emisora municipal, muda desde 2023, recupera la programación de las mañanas y estrena aplicación.",
     caption="El estudio de Radio Sierra, en el antiguo matadero.", credit="Foto: Nuria Calatayud",
     body="""
Radio Sierra, la emisora municipal de Peñarroya del Monte, volvió a emitir el lunes después de casi tres años en silencio. La han rescatado cuarenta voluntarios, la mayoría jubilados y estudiantes del instituto.

La emisora cerró en 2023, cuando se jubiló su único trabajador y el ayuntamiento no encontró a nadie que lo sustituyera. El estudio, en el antiguo matadero, se quedó con los micrófonos tapados con bolsas.

## Una parrilla hecha por vecinos

La nueva programación arranca a las ocho de la mañana y termina a las dos de la tarde. Incluye:

- un informativo comarcal a las nueve;
- un programa de música de los años sesenta y setenta;
- una tertulia de agricultores los miércoles;
- la lectura de los bandos y avisos del ayuntamiento.

«Aquí la radio no es nostalgia, es un servicio», dice Encarna Lozano, maestra jubilada y una de las voces del informativo.

## Aplicación y pódcast

Escuchar Radio Sierra ya no exige un transistor. La emisora ha estrenado una aplicación gratuita, que avisa con una notificación cuando empieza cada programa, y sube las tertulias como pódcast.

La alcaldesa, Pilar Moncayo, dijo que el ayuntamiento pagará la luz y el mantenimiento, unos 6.000 euros al año.

«Radio Sierra vuelve a emitir porque los vecinos no quisieron apagarla», dijo.

Los voluntarios se organizan en un grupo de WhatsApp, donde se reparten los turnos de cada semana.

«Yo solo pido que no me toquen los lunes», bromea Lozano.
"""),

dict(id="h22-es-002", lang="es", tpl="squarespace", site="Tostadero La Brasa", section="Desde el tostadero",
     date="2026-01-14", byline="Martín Ochoa",
     title="Cambios en la suscripción de café a partir de febrero",
     sub="Más tamaños, envío gratis y una galleta del obrador de enfrente en cada caja.",
     caption="Sacos de café verde en el tostadero.", credit="Foto: Tostadero La Brasa",
     body="""
A partir del 1 de febrero cambia nuestra suscripción de café, y queríamos contaros por qué antes de que os llegue el correo con los detalles.

Hace tres años empezamos enviando 40 paquetes al mes a amigos y clientes del barrio. Hoy sois más de 900 suscriptores, y el sistema que montamos entonces se nos ha quedado pequeño.

## Qué cambia en febrero

Desde febrero, la suscripción:

- tendrá tres tamaños, de 250 gramos, 500 gramos y un kilo;
- incluirá el envío gratis a toda la península;
- se podrá pausar un mes sin perder el precio.

El precio de la caja mediana sube de 16 a 17 euros. Es la primera subida desde que empezamos, y la explica casi por completo el precio del café verde, que se ha duplicado en dos años.

«Preferimos subir un euro que cambiar de finca», dice Lucía Arrieta, que tuesta el café cada martes y jueves.

## Y una galleta

En cada caja irá también una galleta de avena y cardamomo del obrador de enfrente, la Panadería Ruiz. Son las mismas cookies que servimos en la barra y que muchos nos pedíais por correo.

Si tienes una suscripción activa, no tienes que hacer nada: el cambio se aplicará solo. Si prefieres darte de baja, puedes hacerlo desde tu cuenta antes del 31 de enero.

«Nos vemos en la barra», dice Arrieta.
"""),

dict(id="h22-es-003", lang="es", tpl="brightspot", section="Sociedad", date="2026-07-02", byline="Adrián Olmedo",
     title="Multa a un ayuntamiento por publicar en Instagram fotos de vecinos sin su consentimiento",
     sub="Las imágenes de una procesión y de una fiesta infantil se usaron para promocionar el turismo rural.",
     caption="La plaza de Villaseca de Arriba durante las fiestas de agosto.", credit="Foto: Adrián Olmedo",
     body="""
La Agencia Española de Protección de Datos ha multado con 12.000 euros al Ayuntamiento de Villaseca de Arriba por publicar en su cuenta de Instagram fotos de vecinos sin pedirles su consentimiento.

Las imágenes, tomadas por un fotógrafo contratado por el consistorio, mostraban a decenas de personas en la procesión de la Virgen de agosto y en una fiesta infantil. Se usaron en una campaña para atraer turismo rural.

## Una vecina reconoció a su hija

La denuncia la presentó Raquel Sanz, que vio a su hija de seis años en un anuncio patrocinado.

«Nadie me preguntó nada. Me enteré porque me lo enseñó una compañera de trabajo», explicó.

La Agencia recuerda que las fotos de personas identificables son datos personales, y que fotografiar en la calle no da permiso para usar las imágenes con fines promocionales.

## Lo que dice la resolución

El ayuntamiento deberá:

- retirar las fotos en las que aparecen menores;
- pedir el consentimiento por escrito a los adultos cuyas fotos quiera seguir mostrando;
- avisar en los próximos actos públicos de que se están tomando imágenes.

El alcalde, Julián Esteban, dijo que el ayuntamiento está en contacto con las familias afectadas y que recurrirá solo la cuantía de la multa.

«Queríamos enseñar lo bonito que es el pueblo, no a nadie en concreto», dijo.

Seguir publicando fotos de las fiestas será posible, aclara la Agencia, siempre que no se reconozca a nadie o se cuente con su permiso.
"""),

dict(id="h22-ru-001", lang="ru", tpl="weebly", site="Велоклуб «Спица»", section="Веломарафон", date="2026-06-23",
     byline="Игорь Кудрявцев",
     title="«Спица» провела первый веломарафон вокруг озера Светлое",
     sub="На старт вышли 214 велосипедистов, самому старшему — 76 лет.",
     caption="Старт веломарафона у лодочной станции.", credit="Фото: Анна Рябинина",
     body="""
В субботу наш клуб провёл первый веломарафон вокруг озера Светлое. На старт у лодочной станции вышли 214 человек — втрое больше, чем мы рассчитывали.

Трасса длиной 62 километра шла по лесным дорогам и через три деревни. Участников разделили на две группы: спортивную и прогулочную.

## Как готовились

Регистрация шла через наш Telegram-чат, в котором сейчас больше 500 человек. Там же волонтёры договаривались, кто и где встанет на пунктах питания.

«Без чата мы бы не справились: всё решили за два вечера», — говорит координатор волонтёров Ольга Пескова.

На трассе работали:

- три пункта питания с водой, бананами и печеньем;
- два медика из районной больницы;
- механик с запчастями в машине сопровождения.

## Результаты

Первым в спортивной группе финишировал Денис Макаров — за 2 часа 4 минуты. Самому старшему участнику, Виктору Семёновичу Лаптеву, 76 лет, и он проехал всю дистанцию.

«Я еду не за временем, а за озером», — сказал он на финише.

«Первый веломарафон вокруг озера Светлое точно не последний», — пообещал председатель клуба Игорь Кудрявцев.

Фотографии с трассы сделала Анна Рябинина, они уже выложены в альбоме клуба.

Подписаться на чат можно по ссылке в шапке сайта: там мы первыми объявим дату следующего марафона.
"""),

dict(id="h22-ru-002", lang="ru", tpl="storybody", section="Здоровье", date="2026-03-12", byline="Наталья Гречко",
     title="Поликлиники будут напоминать о приёме в мессенджере — только с согласия пациента",
     sub="Каждый седьмой пациент не приходит к врачу, к которому записался.",
     caption="Регистратура городской поликлиники № 3.", credit="Фото: Наталья Гречко",
     body="""
С апреля городские поликлиники Заречинска начнут присылать пациентам напоминания о записи к врачу в мессенджер. Получать их будут только те, кто даст на это согласие.

По данным горздрава, каждый седьмой пациент не приходит на приём, на который записался. В прошлом году так пропали почти 48 тысяч талонов.

## Как дать согласие

Оформить согласие можно будет тремя способами:

- в регистратуре, подписав короткое заявление;
- в приложении «Здоровье города», где появится отдельная галочка;
- на сайте поликлиники, в личном кабинете.

Напоминание придёт за сутки до приёма, а если пациент не ответит, то ещё раз за два часа.

«Никаких рекламных рассылок не будет, только время и номер кабинета», — пообещал заместитель начальника горздрава Сергей Ермаков.

Сайт поликлиник также перестанет устанавливать рекламные файлы cookie, пока посетитель не согласится на это в баннере.

## Что говорят пациенты

Пенсионерка Валентина Круглова сказала, что уведомлениям в телефоне не доверяет и по-прежнему будет записывать время в календарь.

«Мне проще бумажку на холодильник повесить», — говорит она.

Горздрав пока на связи с операторами, чтобы пациенты без смартфонов получали обычные СМС.

Скачать приложение можно бесплатно, но пользоваться им не обязательно: записаться к врачу по-прежнему можно по телефону.
"""),

dict(id="h22-ru-003", lang="ru", tpl="cms", section="Город", date="2026-10-05", byline="Максим Ветлугин",
     title="«Верхнекамской правде» — 100 лет: редакция открыла свой архив",
     sub="Читателям доступны 14 тысяч номеров газеты начиная с 1926 года.",
     caption="Подшивки «Верхнекамской правды» в подвале редакции.", credit="Фото: Николай Щукин",
     body="""
Старейшей газете района, «Верхнекамской правде», исполнилось 100 лет. В честь юбилея редакция впервые открыла для читателей свой архив — 14 тысяч номеров начиная с 1926 года.

Подшивки хранились в подвале редакции на улице Мира. Последние два года сотрудники и волонтёры сканировали их по вечерам.

## Что есть в архиве

Электронный архив уже доступен на сайте газеты. В нём есть:

- все номера с 1926 по 1991 год;
- около трёх тысяч снимков штатных фотокорреспондентов;
- письма читателей, которые редакция получала в 1960-е годы.

Читайте архив бесплатно, регистрация не нужна, говорит главный редактор Татьяна Оленева.

«Здесь вся история района, и она не должна лежать в подвале», — сказала она.

## Подписчики и сотрудники

Сегодня у газеты около 4 тысяч подписчиков на бумажную версию и почти 11 тысяч подписчиков в Telegram-канале. Подписка на печатный номер на полгода стоит 690 рублей.

В редакции работают семь человек, из них три корреспондента и фотограф. Старейший сотрудник, фотокорреспондент Николай Щукин, пришёл в газету в 1979 году.

«Я снимал здесь всё: от посевной до первого светофора», — вспоминает он.
"""),
]
