# Turkish, German, French, Spanish and Russian stories for the twenty-third held-out part (h23-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and extra fields as in articles_h23_en.py
# (watch: the two video titles of the broadcaster layout; standfirst: the fusion subheadline).
ARTICLES = [
dict(id="h23-tr-001", lang="tr", tpl="blogger", site="Akpınar Köyü Günlüğü", section="Köy hayatı", date="2026-02-18",
     byline="Muhtar Osman Kılıç",
     title="Köyümüzün büyükleri tablet kullanmayı öğrendi",
     sub="Dört haftalık kursun ardından 14 büyüğümüz gurbetteki çocuklarıyla görüntülü konuşuyor.",
     caption="Kursun son gününde köy konağında.", credit="Fotoğraf: Osman Kılıç",
     body="""
Geçen ay köy konağında başlayan tablet kursu bitti. On dört büyüğümüz artık gurbetteki çocukları ve torunlarıyla görüntülü konuşabiliyor.

Kursu, ilçe halk eğitim merkezinden gelen öğretmenimiz Seda Yalçın verdi. Dört hafta boyunca her salı ve perşembe öğleden sonra ikişer saat ders yapıldı. Tabletleri de ilçe belediyesi ödünç verdi.

## Neler öğrendiler?

Kursun sonunda katılımcılarımız şunları yapabiliyor:

- görüntülü arama yapmak ve gelen aramayı açmak;
- fotoğraf çekip aile grubuna göndermek;
- ilaç saatleri için hatırlatma kurmak;
- e-Devlet'e girip hastane randevusu almak.

En çok zorlanılan konu bildirimler oldu. Her uygulamanın ayrı ayrı bildirim göndermesi kafaları karıştırdı. Öğretmenimiz gereksiz bildirimleri kapatmayı gösterince işler kolaylaştı.

"Telefon susmuyordu, şimdi sadece torunum arayınca çalıyor," dedi 78 yaşındaki Hatice Teyze.

## Aile grubunda ilk mesaj

Kursun en güzel anı, Ali Dede'nin Almanya'daki oğlunun kurduğu WhatsApp aile grubuna ilk kez kendi yazdığı mesajı göndermesiydi. Mesajda sadece "Selam, ben babanız" yazıyordu. Grupta o akşam yüzden fazla mesaj atıldı.

Zehra Nine de artık torunlarıyla sürekli iletişim halinde olduğunu söylüyor: "Eskiden bayramdan bayrama görüyordum, şimdi her akşam görüyorum."

## Yeni kurs baharda

Halk eğitim merkezi, baharda ikinci bir kurs açmayı düşünüyor. Katılmak isteyen büyüklerimiz muhtarlığa isimlerini yazdırabilir.

İndirmeyi öğrendikleri ilk uygulama hava durumu oldu. Tarlaya çıkmadan önce herkes artık tabletine bakıyor.

"Tablet kullanmayı öğrendim ama gözlüğümü hâlâ bulamıyorum," diye güldü Hatice Teyze.
"""),

dict(id="h23-tr-002", lang="tr", tpl="webflow", section="Kent", date="2026-04-21", byline="Derya Aksoy",
     title="Belediye hizmet binalarında işaret dili tercümanı dönemi başladı",
     sub="İşitme engelli vatandaşlar belediye işlemlerini artık bir yakınlarına ihtiyaç duymadan yapabilecek.",
     caption="Belediye binasındaki danışma masasında işaret dili tercümanı.", credit="Fotoğraf: Derya Aksoy",
     body="""
Sarıyurt Belediyesi, işitme engelli vatandaşların belediye işlemlerini kolayca yapabilmesi için ana hizmet binasında ve iki semt ofisinde işaret dili tercümanı görevlendirdi.

Uygulama pazartesi günü başladı. Belediyede artık hafta içi her gün 09.00 ile 17.00 arasında iki tercüman çalışıyor.

## Görüntülü tercüme de var

Semt ofislerine gelenler, tercümanla tablet üzerinden görüntülü olarak da görüşebiliyor. Belediye bunun için sekiz tablet satın aldı.

Hizmetten yararlanmak için iki yol var:

- belediye binasındaki danışma masasına başvurmak;
- belediyenin mobil uygulamasından randevu almak.

Kentte yaklaşık 2 bin 300 işitme engelli vatandaş yaşıyor. İşitme Engelliler Derneği uzun süredir böyle bir hizmet istiyordu.

## "Artık kendi işimi kendim görüyorum"

Dernek başkanı Murat Demirtaş, daha önce belediyedeki her işlem için yanında bir akrabasını götürmek zorunda kaldığını anlattı.

"Artık kendi işimi kendim görüyorum," dedi Demirtaş.

Tercümanlardan Elif Şahin, ilk hafta en çok su faturası ve imar işleri için başvuru geldiğini söyledi. "Bazen tek bir belge için geliyorlar ama sohbet uzuyor, çünkü belediyede ilk kez biri onları anlıyor," dedi.

## Hastaneler de isteniyor

Belediye, hizmeti yaygınlaştırmak için ilçe sağlık müdürlüğü ve adliyeyle temas halinde. Dernek, hastanelerde de sürekli tercüman bulunmasını istiyor.

Takip etmek isteyenler için belediye, tercümanlı hizmetlerin listesini her ay internet sitesinde yayımlayacak.

"İşaret dili tercümanı her belediyede olmalı," dedi Demirtaş.
"""),

dict(id="h23-tr-003", lang="tr", tpl="broadcaster", section="Tarım", date="2026-06-09", byline="Kerem Öztürk",
     title="Fındık üreticileri hastalıklı yaprağı yapay zekâ uygulamasıyla tanıyor",
     sub="Keşap'ta 640 üretici, bahçedeki hastalığı telefonla çektiği fotoğrafla öğreniyor.",
     caption="Bir üretici fındık bahçesinde yaprağın fotoğrafını çekiyor.", credit="Fotoğraf: Kerem Öztürk",
     watch=["Bahçede yapay zekâ: Üreticiler uygulamayı anlatıyor", "Ziraat mühendisi anlatıyor: Yaprak fotoğrafı nasıl çekilmeli?"],
     body="""
Giresun'un Keşap ilçesinde fındık üreticileri, bahçelerindeki hastalıkları artık telefonla tanıyor. Üreticiler yaprağın fotoğrafını çekip bir yapay zekâ uygulamasına yüklüyor; uygulama birkaç saniye içinde olası hastalığı ve ne yapılması gerektiğini gösteriyor.

Uygulamayı bir üniversitenin ziraat fakültesi, ilçe tarım müdürlüğüyle birlikte geliştirdi. Şu anda 640 üretici kullanıyor.

## Nasıl çalışıyor?

Üretici uygulamayı açıyor, şüpheli yaprağın fotoğrafını çekiyor ve gönderiyor. Uygulama fotoğrafı 40 bin yaprak görüntüsüyle karşılaştırıyor. Ekranda şunlar çıkıyor:

- olası hastalığın adı;
- uygulamanın bu sonuçtan ne kadar emin olduğu;
- tarım müdürlüğünün önerdiği ilaçlama ya da budama.

Uygulama emin olamazsa fotoğraf bir ziraat mühendisine gidiyor.

## "Mühendis her bahçeye yetişemiyor"

İlçede 4 bin 200 fındık bahçesi var, ama tarım müdürlüğünde yalnızca üç ziraat mühendisi çalışıyor.

"Mühendis her bahçeye yetişemiyor, ama herkesin cebinde telefon var," dedi ilçe tarım müdürü Nurcan Yılmaz.

Üretici Hasan Karadeniz, uygulamanın geçen ay külleme hastalığını erken yakaladığını anlattı. "Eskiden komşuya sorardık, komşu da bilmezdi," dedi.

## Komşu bahçe için bildirim

Yakındaki bahçelerde aynı hastalık görülürse uygulama üreticilere bildirim gönderiyor. Böylece hastalığın yayıldığı yerler haritada izlenebiliyor.

İndirmek ücretsiz, ancak uygulama şimdilik yalnızca Türkçe çalışıyor. Fakülte, mevsimlik işçiler için Kürtçe ve Gürcüce sürümler hazırlıyor.

"Hastalıklı yaprağı artık ben de tanıyorum," dedi Karadeniz gülerek.
"""),

dict(id="h23-de-001", lang="de", tpl="contao", site="Rennbach-Kurier", section="Schulen & Kitas", date="2026-05-19",
     byline="Katrin Wiesmann",
     title="Schülerzeitung „Pausenbrot“ gewinnt Landespreis – mit einer Recherche über die Mensa",
     sub="Zwölf Jugendliche haben drei Monate lang Speisepläne, Preise und Essensreste ausgewertet.",
     caption="Die Redaktion von „Pausenbrot“ in Raum 114 des Hohenberg-Gymnasiums.", credit="Foto: Katrin Wiesmann",
     body="""
Die Schülerzeitung „Pausenbrot“ des Hohenberg-Gymnasiums ist mit dem Landespreis für Schülerzeitungen ausgezeichnet worden. Die Jury lobte vor allem eine Recherche über die Schulmensa, für die die Redaktion drei Monate lang Speisepläne, Preise und Essensreste ausgewertet hatte.

Die zwölf Redakteurinnen und Redakteure sind zwischen 13 und 18 Jahre alt. Sie treffen sich jeden Donnerstag in der siebten Stunde in Raum 114, der an der Schule inzwischen nur noch „die Redaktion“ heißt.

## Was die Recherche ergab

Die Schülerinnen und Schüler hatten unter anderem herausgefunden:

- dass an manchen Tagen fast ein Drittel des Essens im Müll landete;
- dass das vegetarische Gericht regelmäßig als Erstes ausverkauft war;
- dass die Preise seit 2023 um 18 Prozent gestiegen waren.

Schulleitung und Caterer haben inzwischen reagiert: Es gibt jetzt täglich zwei vegetarische Gerichte, und übrig gebliebenes Essen geht an die Tafel.

„Wir wollten einfach wissen, warum alle meckern“, sagt Chefredakteurin Lina Okonkwo, 17.

## Interviews mit KI abgetippt

Für die Geschichte führte die Redaktion 46 Interviews. Abgetippt wurden sie mit einem KI-Programm, jedes Zitat habe man aber anhand der Aufnahmen überprüft, betont Okonkwo. Alle Befragten hatten der Aufnahme vorher zugestimmt.

Einige Gespräche mit dem Küchenpersonal wurden auf Türkisch und Russisch geführt. Übersetzt haben sie zwei Schüler aus der Redaktion.

## Abo für zwei Euro

„Pausenbrot“ erscheint viermal im Jahr mit 600 gedruckten Heften. Eltern und Großeltern können die Zeitung für zwei Euro im Jahr abonnieren; rund 140 Abonnentinnen und Abonnenten gibt es bereits.

Auf der Internetseite der Schülerzeitung kann man kommentieren, die Kommentare werden aber von zwei Lehrkräften freigeschaltet. „Das war die Bedingung der Schulleitung“, sagt Okonkwo.

Lesen können Interessierte die preisgekrönte Mensa-Ausgabe auch in der Stadtbücherei, wo ein Exemplar ausliegt.

Der Preis ist mit 1.500 Euro dotiert. Die Redaktion will davon eine zweite Kamera kaufen.

„Eine Schülerzeitung mit Landespreis – das klingt immer noch komisch“, sagt Okonkwo.
"""),

dict(id="h23-de-002", lang="de", tpl="typo3", site="Gemeinde Birkach am Wald", section="Aus dem Rathaus", date="2026-03-03",
     byline="Sabine Roth",
     title="Schlagloch entdeckt? Foto machen: Gemeinde startet Mängelmelder-App",
     sub="Schäden an Straßen, Laternen und Spielplätzen lassen sich ab sofort per Smartphone melden.",
     caption="Bauhofleiter Jürgen Haas zeigt die neue App.", credit="Foto: Gemeinde Birkach am Wald",
     body="""
Defekte Straßenlaternen, Schlaglöcher oder wilder Müll: Solche Schäden können Bürgerinnen und Bürger ab sofort mit der App „Birkach meldet“ direkt an die Gemeindeverwaltung schicken.

Die App ist kostenlos und für Android und iPhone erhältlich. Eine Meldung besteht aus einem Foto, dem Standort und einer kurzen Beschreibung.

## Vier Schritte zur Meldung

Wer einen Schaden melden möchte, geht so vor:

- App öffnen und „Neue Meldung“ wählen;
- ein Foto vom Schaden machen;
- den Standort auf der Karte bestätigen;
- eine Kategorie auswählen und absenden.

Die Meldung landet direkt beim Bauhof. Über Push-Mitteilungen erfahren die Meldenden, wann der Schaden bearbeitet und wann er behoben wurde.

## Fotos ohne Gesichter

Die Gemeinde bittet darum, auf den Fotos keine Personen oder Autokennzeichen zu zeigen. Die Bilder werden nicht veröffentlicht und nach Abschluss der Meldung gelöscht.

Der Standort des Handys wird nur übertragen, wenn die Nutzer beim ersten Start zustimmen. Ohne Zustimmung lässt sich der Ort auch von Hand auf der Karte setzen.

## Erste Bilanz aus dem Testlauf

Im Testlauf seit Januar gingen 184 Meldungen ein, die meisten zu Straßenlaternen. 151 davon sind bereits erledigt.

„Früher kamen solche Hinweise per Zettel, per Anruf oder gar nicht“, sagt Bürgermeister Thomas Kern. „Jetzt wissen wir genau, wo das Schlagloch ist.“

Herunterladen können Interessierte die App über die üblichen App-Stores; ein Link steht auch auf der Startseite der Gemeinde. Wer kein Smartphone hat, meldet Schäden weiterhin telefonisch im Rathaus.

„Ein Foto sagt mehr als drei Anrufe“, sagt Bauhofleiter Jürgen Haas.
"""),

dict(id="h23-de-003", lang="de", tpl="wix", site="Förderverein Freibad Talheim e.V.", section="Aktuelles", date="2026-07-07",
     byline="Martina Vogt",
     title="Spendenlauf bringt 18.400 Euro für die neue Rutsche",
     sub="212 Läuferinnen und Läufer, 2.960 Runden und eine Feuerwehr mit Schlauch.",
     caption="Start des Spendenlaufs am Freibadeingang.", credit="Foto: Martina Vogt",
     body="""
Was für ein Sonntag! Beim ersten Spendenlauf unseres Fördervereins sind 212 Läuferinnen und Läufer insgesamt 2.960 Runden um das Freibadgelände gelaufen. Am Ende kamen 18.400 Euro für die neue Rutsche zusammen.

Jede Runde ist 600 Meter lang. Die Läufer hatten sich vorher Sponsoren gesucht, meist Eltern, Großeltern oder Nachbarn, die pro Runde einen festen Betrag spenden.

## Wer am meisten gelaufen ist

Die fleißigsten Läufer des Tages waren:

- Jonas Brenner (11) mit 31 Runden;
- Familie Aydın mit zusammen 64 Runden;
- unsere älteste Teilnehmerin, Gerda Lutz (84), mit 6 Runden im Spaziertempo.

Die Feuerwehr hat zwischendurch mit dem Schlauch für Abkühlung gesorgt, und der Kiosk hat Wassereis verschenkt.

## Wie es mit der Rutsche weitergeht

Die alte Rutsche musste im vergangenen Jahr nach 41 Jahren abgebaut werden. Eine neue kostet mit Einbau rund 96.000 Euro. Die Gemeinde übernimmt die Hälfte, den Rest will der Förderverein aufbringen.

Mit dem Spendenlauf haben wir jetzt 39.200 Euro zusammen. Es fehlen also noch rund 8.800 Euro.

„Wir sind so nah dran“, sagt unsere Kassiererin Petra Seibold. „Noch ein Sommer, dann wird gerutscht.“

Spenden können weiterhin auf das Vereinskonto überwiesen werden; ab 50 Euro stellen wir gern eine Spendenquittung aus.

## Danke!

Ein großes Dankeschön an alle Helferinnen und Helfer, an die Feuerwehr und an die Bäckerei Sommer für die Brezeln. Fotos vom Lauf hängen im Schaukasten am Eingang.

Folgen soll im nächsten Jahr der zweite Spendenlauf – dann hoffentlich schon mit Blick auf die neue Rutsche.

„Ich laufe nächstes Jahr wieder“, sagt Jonas. „Aber dann will ich als Erster rutschen.“
"""),

dict(id="h23-fr-001", lang="fr", tpl="tilda", section="Vie locale", date="2026-10-13", byline="Claire Besson",
     title="Insultes en série : la mairie de Saint-Géniez-de-Rance ferme les commentaires de sa page Facebook",
     sub="Une seule employée relisait les messages, en plus de son travail. Elle passait ses soirées à supprimer des injures.",
     caption="La mairie de Saint-Géniez-de-Rance.", credit="Photo : Claire Besson",
     body="""
La mairie de Saint-Géniez-de-Rance a décidé de fermer les commentaires sous les publications de sa page Facebook. La décision a été prise après plusieurs semaines de messages injurieux visant des agents municipaux et un élu.

La page compte environ 4 100 abonnés, pour une commune de 3 200 habitants. Jusqu'ici, une seule employée, chargée de la communication, relisait les commentaires en plus de son travail.

## « Ce n'était plus gérable »

Les messages les plus violents ont suivi l'annonce de la fermeture de la piscine municipale pour travaux, en août. Certains visaient nommément les maîtres-nageurs.

« Ce n'était plus gérable. Je passais mes soirées à supprimer des insultes », explique l'employée, qui préfère ne pas donner son nom.

La mairie a conservé une copie des messages. Deux d'entre eux ont fait l'objet d'une plainte.

## Ce qui change

Désormais :

- les publications de la mairie ne peuvent plus être commentées ;
- les habitants peuvent toujours écrire à la mairie par messagerie privée ;
- une permanence « questions au maire » a lieu le premier samedi du mois.

Le maire, Bernard Vayssettes, reconnaît que la décision a « un coût démocratique ». « Fermer les commentaires, ce n'est pas fermer la porte de la mairie », assure-t-il.

## Des habitants partagés

Sur le marché, samedi, les avis étaient partagés. « C'était le seul endroit où l'on pouvait dire ce qui n'allait pas », regrette Josiane, retraitée.

D'autres approuvent. « J'avais arrêté de lire les commentaires depuis longtemps », dit Karim, commerçant.

Partager ses remarques restera possible lors d'une réunion publique prévue le 7 novembre à la salle des fêtes.

L'association des maires du département indique être en contact avec une dizaine de communes confrontées au même problème.
"""),

dict(id="h23-fr-002", lang="fr", tpl="blox", section="Solidarité", date="2026-01-27", byline="Mathieu Roques",
     title="Boulangerie incendiée à Lavaur-le-Haut : une cagnotte en ligne réunit 23 000 euros en quatre jours",
     sub="Le fournil de la boulangerie Delpech a été détruit dans la nuit de jeudi à vendredi.",
     caption="La façade de la boulangerie Delpech, rue du Barry.", credit="Photo : Mathieu Roques",
     body="""
Quatre jours après l'incendie qui a détruit le fournil de la boulangerie Delpech, rue du Barry, à Lavaur-le-Haut, une cagnotte en ligne lancée par des habitants avait déjà réuni plus de 23 000 euros, mardi soir.

Le feu s'est déclaré vers 3 heures dans la nuit de jeudi à vendredi, dans le local où se trouvent le four et le pétrin. Le boulanger, Sylvain Delpech, qui commençait sa journée, a pu sortir sans blessure. Les pompiers ont empêché les flammes de gagner les appartements situés au-dessus.

## Un four à remplacer

Selon les premières constatations, l'incendie serait d'origine électrique. Le four, acheté en 2019, est hors d'usage.

L'assurance doit couvrir une partie des dégâts, mais pas la perte d'activité des premières semaines. « Même avec l'assurance, il faut tenir trois mois sans rien vendre », explique Sylvain Delpech.

## Une cagnotte lancée par une cliente

C'est une cliente, Nadia Ferrand, qui a ouvert la cagnotte vendredi matin. Elle a partagé le lien sur le groupe Facebook du village, puis l'a envoyé à une vingtaine de contacts.

« Je pensais réunir 3 000 euros. On en est à sept fois plus », sourit-elle.

Au total, 612 personnes ont donné. Parmi elles :

- des habitants du village et des communes voisines ;
- d'anciens apprentis du boulanger ;
- le club de rugby, qui a reversé la recette d'un match.

## Du pain en attendant

En attendant la réouverture, un boulanger de la commune voisine fournit du pain, vendu chaque matin devant la boutique par l'épouse de Sylvain Delpech, Christelle.

La mairie est en contact avec l'artisan pour lui trouver un local provisoire.

Suivre l'avancée des travaux sera possible sur la page de la boulangerie, où le couple publie des photos du chantier.

« Une cagnotte comme ça, on ne l'oublie pas », dit Christelle Delpech.
"""),

dict(id="h23-fr-003", lang="fr", tpl="portal", section="Transports", date="2026-09-15", byline="Élodie Marchand",
     title="Retards à répétition : les abonnés du TER Vierzac–Saint-Aulaye auront un mois gratuit",
     sub="Près d'un train sur cinq est arrivé avec plus de quinze minutes de retard ce printemps.",
     caption="Le quai de la gare de Vierzac à l'heure de pointe.", credit="Photo : Élodie Marchand",
     low=1, only=["correction"],
     correction="Rectificatif : une version précédente de cet article indiquait que le geste concernait aussi les abonnés hebdomadaires. Seuls les abonnés mensuels et annuels sont concernés.",
     body="""
Les voyageurs abonnés à la ligne TER entre Vierzac et Saint-Aulaye seront dédommagés après un printemps marqué par les retards et les suppressions de trains. La région a annoncé mardi que leur abonnement d'octobre serait gratuit.

Entre mars et juin, près d'un train sur cinq est arrivé avec plus de quinze minutes de retard sur cette ligne, et 212 trains ont été supprimés, selon les chiffres de l'association d'usagers.

## Qui est concerné

Le geste commercial concerne :

- les abonnés mensuels et annuels ;
- les abonnés « étudiants » et « apprentis » ;
- les titulaires d'un abonnement combiné avec le bus urbain de Vierzac.

Il n'y a aucune démarche à faire : le montant sera déduit automatiquement, ou remboursé pour les abonnements annuels déjà payés.

## Des travaux en cause

La région explique ces difficultés par des travaux sur la voie et par un manque de conducteurs. Six nouveaux conducteurs doivent prendre leur poste d'ici à la fin de l'année.

« Un mois gratuit, c'est bien, mais ce qu'on veut, ce sont des trains à l'heure », réagit Gérard Pinson, président de l'association des usagers.

L'association demande aussi que les voyageurs soient prévenus plus tôt des suppressions. Aujourd'hui, l'alerte arrive parfois par SMS quand le train aurait déjà dû partir.

## Une ligne très fréquentée

Environ 2 400 personnes empruntent chaque jour la ligne, dont beaucoup de lycéens et de salariés de l'hôpital de Saint-Aulaye.

« Je me suis abonnée pour gagner du temps. Cette année, j'en ai surtout perdu », témoigne Amandine, infirmière.

La région promet de publier chaque mois sur son site un bilan de la ponctualité de la ligne.
"""),

dict(id="h23-es-001", lang="es", tpl="fusion", section="Sanidad", date="2026-02-03", byline="Lucía Ferrándiz",
     title="El hospital de Valdearce prueba una IA que redacta el informe mientras el médico habla",
     sub="Los pacientes deben dar su permiso antes de cada consulta.",
     standfirst="Los pacientes deben dar su permiso antes de cada consulta; de momento, nueve de cada diez aceptan.",
     caption="Una consulta de medicina interna del Hospital Comarcal de Valdearce.", credit="Foto: Lucía Ferrándiz",
     body="""
El Hospital Comarcal de Valdearce ha empezado a probar en cuatro consultas una herramienta de inteligencia artificial que escucha la conversación entre el médico y el paciente y redacta un borrador del informe clínico.

La prueba durará seis meses y se limita, por ahora, a las consultas de medicina interna y de digestivo. El médico revisa y corrige el borrador antes de firmarlo.

## Solo con permiso

Antes de cada consulta, el paciente debe dar su consentimiento por escrito. Si no lo da, la herramienta no se activa y el médico escribe el informe como siempre.

Según el hospital, el 91 % de los pacientes ha aceptado en las tres primeras semanas. Quienes no aceptan lo hacen, sobre todo, por desconfianza hacia la grabación.

La grabación se borra en cuanto el médico firma el informe, asegura el hospital, y el programa no envía datos a servidores fuera de la Unión Europea.

## Más tiempo para mirar al paciente

El objetivo es que los médicos pasen menos tiempo delante de la pantalla. Los cuatro médicos de la prueba calculan que ahorran entre tres y cinco minutos por consulta:

- menos tiempo escribiendo durante la visita;
- menos informes pendientes al final del día;
- más tiempo para explorar al paciente.

«Por primera vez en años miro al paciente más que al teclado», explica la internista Beatriz Solana.

La herramienta también traduce: puede preparar un resumen en rumano o en árabe para los pacientes que lo pidan, algo que antes dependía de un traductor telefónico.

## Las dudas

El colegio de médicos de la provincia ha pedido que se evalúen los errores del programa. En las primeras semanas, los médicos detectaron fallos en el 12 % de los borradores, casi siempre en nombres de medicamentos.

Escuchar antes de escribir es la idea de la prueba, resume el jefe de servicio, Ramón Ezquerra: «La IA redacta, pero el informe lo firma el médico».

Sigue abierta la posibilidad de ampliar la prueba a urgencias si los resultados son buenos.
"""),

dict(id="h23-es-002", lang="es", tpl="sanity", section="Cultura", date="2026-11-06", byline="Sergio Alcántara",
     title="«La Hoja» del mercado de San Telmo llega a su número 500",
     sub="El boletín que reparten los comerciantes cada viernes nació en 2016 como una fotocopia con los precios del pescado.",
     caption="Mari Carmen Ortuño reparte «La Hoja» en su puesto.", credit="Foto: Sergio Alcántara",
     body="""
El mercado de abastos de San Telmo, en Villacarrillo del Pinar, publica esta semana el número 500 de «La Hoja», el boletín que sus comerciantes reparten gratis cada viernes desde 2016.

«La Hoja» nació como una simple fotocopia con los precios del pescado. Hoy tiene cuatro páginas, una tirada de 1.200 ejemplares y una edición por correo electrónico con 2.300 suscriptores.

## Qué trae cada viernes

Cada número incluye casi siempre:

- los precios de temporada de la fruta y el pescado;
- una receta de alguno de los puestos;
- una foto antigua del mercado enviada por los lectores;
- los avisos de horarios y festivos.

La sección más leída es la de fotos antiguas. Muchas llegan de vecinos que encuentran en casa imágenes de sus abuelos detrás de un mostrador.

## Una redacción de tres

El boletín lo hacen tres personas: la pescadera Mari Carmen Ortuño, que escribe las recetas; el frutero jubilado Anselmo Ruiz, que se ocupa de las fotos, y su nieta Irene, que maqueta y envía la edición digital.

«Empezamos para que la gente supiera qué había fresco. Ahora nos paran por la calle para comentar la receta», cuenta Ortuño.

Suscribirse a la edición por correo es gratis y basta con dejar la dirección en cualquier puesto. Los comerciantes aseguran que no la usan para nada más.

## Un número especial

Para celebrar el número 500, «La Hoja» sale esta semana con ocho páginas y una portada con los 46 puestos del mercado.

Lea quien lea el número especial, dicen en el mercado, encontrará su cara o la de algún vecino en alguna de las fotos.

«Quinientos números y todavía no hemos repetido receta», presume Ortuño.
"""),

dict(id="h23-es-003", lang="es", tpl="wordpress", section="Comarca", date="2026-10-20", byline="Jorge Villaplana",
     title="El autobús a demanda llega a once pedanías de la Sierra de Albarrán",
     sub="Los vecinos podrán reservar el viaje por teléfono o con una aplicación hasta la tarde anterior.",
     caption="El microbús del nuevo servicio en Los Collados.", credit="Foto: Jorge Villaplana",
     low=0,
     body="""
Once pedanías de la Sierra de Albarrán tendrán desde el 2 de noviembre un autobús que solo pasa cuando alguien lo pide. El servicio, financiado por la Diputación, sustituye a la línea regular que hasta ahora pasaba dos veces por semana.

Los vecinos podrán reservar el viaje hasta las ocho de la tarde del día anterior, por teléfono o con una aplicación para el móvil. El billete cuesta 1,50 euros, igual que el de la línea actual.

## Tres salidas al día

El autobús, un microbús de 16 plazas, hará cada día tres salidas hacia la cabecera comarcal:

- a las 8.15, para llegar al centro de salud y al instituto;
- a las 11.30, coincidiendo con el mercado;
- a las 17.00, para volver a casa.

Si nadie reserva una salida, el autobús no pasa por esa pedanía. La aplicación envía una notificación la tarde anterior con la hora aproximada de recogida.

## «Antes esperábamos en la carretera»

Hasta ahora, muchos vecinos mayores dependían de sus hijos o de otros vecinos para ir al médico. «Antes esperábamos en la carretera sin saber si vendría», cuenta Remedios Alarcón, de 79 años, vecina de Los Collados.

La Diputación ha organizado sesiones en los centros sociales para enseñar a usar la aplicación. Quien no quiera usarla puede seguir llamando por teléfono: atenderá una persona, no una grabación.

## Un año de prueba

El servicio funcionará un año a modo de prueba. Si hay suficientes viajeros, la Diputación quiere extenderlo a otras 20 pedanías de la provincia.

«Un autobús a demanda es lo más parecido a un taxi que vamos a tener aquí», dice el alcalde pedáneo de Los Collados, Fermín Sáez.
"""),

dict(id="h23-ru-001", lang="ru", tpl="dle", site="Новоборск.инфо", section="Общество", date="2026-10-28",
     byline="Анна Корешкова",
     title="Школьники собрали 186 тысяч рублей на вольеры для городского приюта",
     sub="Восьмиклассники школы № 3 устроили ярмарку, сбор макулатуры, концерт и онлайн-сбор.",
     caption="Восьмиклассники школы № 3 в приюте «Верный друг».", credit="Фото: Анна Корешкова",
     body="""
Ученики школы № 3 за два месяца собрали 186 тысяч рублей для приюта «Верный друг». На эти деньги приют построит к зиме четыре новых утеплённых вольера.

Идея появилась у восьмиклассников после экскурсии в приют в сентябре. Ребята увидели, что часть собак живёт в старых вольерах без утепления, и решили помочь.

## Ярмарка, макулатура и концерт

Деньги собирали сразу несколькими способами:

- благотворительная ярмарка выпечки и поделок в школе;
- сбор макулатуры, за который заплатил пункт приёма;
- онлайн-сбор, о котором рассказали в родительских чатах;
- концерт школьного хора в Доме культуры.

Больше всего — 74 тысячи рублей — принёс онлайн-сбор. Ссылку на него родители разослали в чаты всех классов, а оттуда она разошлась по городу.

«Мы думали, соберём тысяч тридцать. Когда увидели сумму, не поверили», — рассказала классный руководитель 8 «Б» Ольга Сизова.

## Стройка начнётся в выходные

Вольеры построят волонтёры приюта вместе с отцами учеников. Материалы уже закуплены, работы начнутся в ближайшие выходные.

Директор приюта Марина Лапшина рассказала, что с весны на связи со школой и хочет сделать шефство постоянным. «Дети приходят гулять с собаками каждую субботу», — добавила она.

Подписывайтесь, пишут ребята в школьном паблике, и следите за стройкой: фотографии каждого этапа они обещают выкладывать там же.

«Собаки не знают, что это мы собрали деньги на вольеры, но им будет тепло», — говорит восьмиклассник Тимур Галиев.
"""),

dict(id="h23-ru-002", lang="ru", tpl="bitrix", section="Экономика", date="2026-08-11", byline="Денис Архипов",
     title="Сеть кофеен оштрафовали за рекламные SMS без согласия покупателей",
     sub="Номера телефонов собирали в обмен на бесплатное печенье к кофе.",
     caption="Кофейня сети «Зерно и сахар» на улице Ленина.", credit="Фото: Денис Архипов",
     body="""
Арбитражный суд оштрафовал сеть кофеен «Зерно и сахар» на 300 тысяч рублей за рекламные SMS-рассылки, которые покупатели не заказывали. Дело возбудило областное управление ФАС.

Сеть, у которой 27 кофеен в трёх городах, предлагала покупателям бесплатное печенье к кофе, если они оставят на кассе номер телефона. После этого номер автоматически попадал в рекламную рассылку.

## «Печенье — не согласие»

В ФАС поступило 46 жалоб. Покупатели рассказывали, что получали по три-четыре сообщения в неделю, в том числе поздно вечером.

Суд согласился с антимонопольщиками: согласие на рекламу должно быть отдельным и явно выраженным, а не «в обмен на печенье».

«Печенье — не согласие», — сказала на заседании представитель управления Ирина Волкова.

## Что должна сделать сеть

По решению суда компания обязана:

- прекратить рассылку тем, кто не дал отдельного согласия;
- удалить номера, собранные во время акции;
- добавить в каждое сообщение простой способ отписаться.

В компании заявили, что не согласны с размером штрафа, но решение выполнят. Обжаловать его сеть пока не планирует.

## Подписка по-новому

Теперь подписаться на рассылку «Зерна и сахара» можно только в приложении сети, поставив отдельную галочку. Печенье к кофе при этом по-прежнему дают всем, кто оставит отзыв о напитке.

Подписчиков у сети, по её собственным данным, стало втрое меньше — около 12 тысяч вместо 37 тысяч.

«Пусть лучше нам пишут двенадцать тысяч тех, кто сам хочет получать наши SMS», — признал директор по маркетингу сети Артём Белов.
"""),

dict(id="h23-ru-003", lang="ru", tpl="ghost", section="Культура", date="2026-12-01", byline="Вера Полякова",
     title="Фотограф из Кедровки сделал портреты всех 143 жителей деревни",
     sub="Выставка откроется в субботу в сельском клубе, а потом поедет в Казань.",
     caption="Дмитрий Ярцев развешивает портреты в сельском клубе.", credit="Фото: Вера Полякова",
     body="""
Фотограф Дмитрий Ярцев за полтора года снял портреты всех 143 жителей деревни Кедровка — от трёхмесячной Алисы до 96-летней Анны Петровны Сизых. Выставка открывается в субботу в сельском клубе.

Ярцев переехал в Кедровку из Екатеринбурга в 2023 году. Снимать соседей он начал почти случайно: сделал портрет пасечника Геннадия Фомина и повесил его в магазине.

## Каждый — у себя

Все портреты сняты там, где людям привычно:

- доярки — на ферме;
- школьники — за партами единственного класса;
- пенсионеры — у себя на кухне или в огороде.

Перед съёмкой фотограф спрашивал у каждого разрешения на выставку и публикацию. Отказались только двое, и их портреты он отдал им на память.

«Я хотел, чтобы через сто лет кто-то увидел, какой была Кедровка», — говорит Ярцев.

## Подписи на двух языках

Подписи к фотографиям учительница Елена Гордеева перевела на английский: выставку пригласили в университет в Казани, где учатся иностранные студенты.

Ярцев и сейчас поддерживает связь со всеми героями. По его словам, в деревенском чате его называют просто «наш фотограф».

Смотреть выставку можно будет до конца января. Вход свободный, а каждый житель деревни получит свой портрет в рамке.

Слушать истории героев можно тут же: школьники записали короткие рассказы каждого и сделали из них аудиогид.

«Сто сорок три портрета — это вся наша деревня, ни одного лишнего», — сказала Анна Петровна.
"""),
]
